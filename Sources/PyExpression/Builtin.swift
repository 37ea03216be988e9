/// A callable function: a Python builtin or a function of the `math` module.
///
/// Each follows CPython: `min`/`max` keep the first extreme argument under
/// Python's comparisons; `int`, `round` and `math.floor`/`math.ceil` return
/// `int` and reject NaN and infinities; `round` rounds half to even; the
/// `math` functions call the libm function of the same name and raise
/// "math domain error" or "math range error" where CPython's `math_1` does;
/// `int`, `round`, `abs`, `min`/`max` and `math.floor`/`math.ceil` return
/// exact integers of any size; functions taking a float raise
/// `OverflowError` for an `int` beyond the float range, except `math.log`,
/// which converts an `int` to the nearest double first or, beyond the range,
/// computes `log(m) + log(2) * e` from its 53-bit `frexp` (CPython's
/// `loghelper`), and
/// `math.pow` is CPython's `math_pow` (always float), unlike builtin `pow`,
/// whose three-argument form is the modular power of ints. `math.log10` and
/// `math.log2` are `loghelper`s like `math.log`; the two-argument functions
/// follow `math_2` (`math.fmod` its own special case); `math.degrees` and
/// `math.radians` multiply by the double `180 / pi` and `pi / 180`. `sum`
/// adds left to right as CPython 3.11 does, `math.prod` multiplies so. The functions of
/// `Builtin+IntegerMath.swift` and `Builtin+FloatMath.swift` follow CPython 3.11's `math`
/// module, except `math.gamma` and `math.lgamma`, libm's (CPython has its own approximations,
/// which differ in the last bits for most arguments).
enum Builtin: String, CaseIterable, Sendable {
  case min
  case max
  case abs
  case float
  case int
  case round
  case pow
  case cos
  case sin
  case tan
  case exp
  case log
  case sqrt
  case floor
  case ceil
  case tanh
  case sum
  case acos
  case acosh
  case asin
  case asinh
  case atan
  case atan2
  case atanh
  case cbrt
  case copysign
  case cosh
  case degrees
  case erf
  case erfc
  case exp2
  case expm1
  case fabs
  case fmod
  case isfinite
  case isinf
  case isnan
  case log10
  case log1p
  case log2
  case nextafter
  case radians
  case remainder
  case sinh
  case trunc
  case gamma
  case lgamma
  case hypot
  case fsum
  case prod
  case gcd
  case lcm
  case isqrt
  case factorial
  case comb
  case perm
  case ldexp
  case ulp
  case isclose
  case mathPow = "math.pow"

  static let domainError = ExpressionError("math domain error")
  static let rangeError = ExpressionError("math range error")

  /// The function a bare name refers to.
  static func named(_ name: String) -> Builtin? {
    name == Builtin.mathPow.rawValue ? nil : Builtin(rawValue: name)
  }

  /// The function `math.<member>` refers to.
  static func mathMember(_ member: String) -> Builtin? {
    if member == "pow" { return .mathPow }
    guard let builtin = Builtin(rawValue: member), builtin.isMath else { return nil }
    return builtin
  }

  /// Whether this is a function of the `math` module.
  var isMath: Bool {
    switch self {
    case .min, .max, .abs, .float, .int, .round, .pow, .sum: false
    default: true
    }
  }

  /// The name as written in Python, e.g. `max` or `math.pow`.
  var name: String { rawValue }

  /// How many arguments a call may pass.
  var arity: ClosedRange<Int> {
    switch self {
    case .min, .max: 1...Int.max
    case .float, .int: 0...1
    case .round, .log, .sum: 1...2
    case .pow: 2...3
    case .mathPow, .atan2, .copysign, .fmod, .nextafter, .remainder, .comb, .ldexp, .isclose: 2...2
    case .hypot, .gcd, .lcm: 0...Int.max
    case .perm: 1...2
    default: 1...1
    }
  }

  /// Whether the function takes one iterable: `fsum` and `prod` always, `min` and `max` when
  /// called with one argument.
  var takesIterable: Bool {
    switch self {
    case .min, .max, .fsum, .prod: true
    default: false
    }
  }

  /// Calls the function with evaluated arguments; `min`/`max` (of one argument), `fsum` and
  /// `prod` receive the elements of their tuple or list argument.
  func apply(_ arguments: [PyValue]) throws(ExpressionError) -> PyValue {
    switch self {
    case .min, .max:
      guard var best = arguments.first else {
        throw ExpressionError("\(name)() arg is an empty sequence")
      }
      let better: ComparisonOperator = self == .min ? .less : .greater
      for candidate in arguments.dropFirst() where better.holds(candidate, best) {
        best = candidate
      }
      return best
    case .abs:
      switch arguments[0] {
      case .float(let value): return .float(value.magnitude)
      case .bigInt(let value): return .integer(value.magnitude)
      case let value:
        let integer = value.integerValue ?? 0
        return integer < 0 ? try Arithmetic.apply(.negate, value) : .int(integer)
      }
    case .float:
      return .float(try arguments.first?.floatValue() ?? 0)
    case .int:
      guard let value = arguments.first else { return .int(0) }
      switch value {
      case .float(let double): return try Arithmetic.truncatedInteger(double)
      case .bigInt: return value
      default: return .int(value.integerValue ?? 0)
      }
    case .round:
      return try round(arguments[0], digits: arguments.count > 1 ? arguments[1] : nil)
    case .pow:
      if arguments.count == 3 { return try Arithmetic.modularPower(arguments[0], arguments[1], arguments[2]) }
      return try Arithmetic.power(arguments[0], arguments[1])
    case .sum:
      var result = PyValue.int(0)
      for value in arguments { result = try Arithmetic.apply(.add, result, value) }
      return result
    case .prod:
      var result = PyValue.int(1)
      for value in arguments { result = try Arithmetic.apply(.multiply, result, value) }
      return result
    case .fsum: return try Builtin.fsum(arguments)
    case .hypot: return try Builtin.hypot(arguments)
    case .ulp: return try Builtin.ulp(arguments[0])
    case .isclose: return try Builtin.isclose(arguments)
    case .ldexp: return try Builtin.ldexp(arguments)
    case .gamma: return try Builtin.gamma(arguments[0])
    case .lgamma: return try Builtin.lgamma(arguments[0])
    case .gcd: return try Builtin.gcd(arguments)
    case .lcm: return try Builtin.lcm(arguments)
    case .isqrt: return try Builtin.isqrt(arguments[0])
    case .factorial: return try Builtin.factorial(arguments[0])
    case .comb: return try Builtin.comb(arguments)
    case .perm: return try Builtin.perm(arguments)
    case .acos: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.arcCosine))
    case .acosh: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.inverseHyperbolicCosine))
    case .asin: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.arcSine))
    case .asinh: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.inverseHyperbolicSine))
    case .atan: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.arcTangent))
    case .atanh: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.inverseHyperbolicTangent))
    case .cbrt: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.cubeRoot))
    case .cosh:
      return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.hyperbolicCosine, canOverflow: true))
    case .sinh:
      return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.hyperbolicSine, canOverflow: true))
    case .erf: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.errorFunction))
    case .erfc: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.complementaryErrorFunction))
    case .exp2:
      return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.binaryExponential, canOverflow: true))
    case .expm1:
      return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.exponentialMinusOne, canOverflow: true))
    case .fabs: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.absoluteValue))
    case .log1p: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.naturalLogarithmOfOnePlus))
    case .log10: return .float(try Builtin.logarithm(arguments[0], Libm.commonLogarithm))
    case .log2: return .float(try Builtin.logarithm(arguments[0], Libm.binaryLogarithm))
    case .degrees: return .float(try arguments[0].floatValue() * (180.0 / MathConstant.pi.value))
    case .radians: return .float(try arguments[0].floatValue() * (MathConstant.pi.value / 180.0))
    case .isfinite: return .bool(try arguments[0].floatValue().isFinite)
    case .isinf: return .bool(try arguments[0].floatValue().isInfinite)
    case .isnan: return .bool(try arguments[0].floatValue().isNaN)
    case .trunc:
      if case .float(let value) = arguments[0] { return try Arithmetic.truncatedInteger(value) }
      return arguments[0].bigIntegerValue.map(PyValue.integer) ?? .int(0)
    case .atan2: return .float(try Builtin.math2(arguments, Libm.arcTangent))
    case .copysign: return .float(try Builtin.math2(arguments, Libm.copySign))
    case .remainder: return .float(try Builtin.math2(arguments, Libm.ieeeRemainder))
    case .nextafter:
      return .float(Libm.nextAfter(try arguments[0].floatValue(), try arguments[1].floatValue()))
    case .fmod:
      let x = try arguments[0].floatValue()
      let y = try arguments[1].floatValue()
      if y.isInfinite && x.isFinite { return .float(x) }
      let r = Libm.remainder(x, y)
      if r.isNaN && !x.isNaN && !y.isNaN { throw Builtin.domainError }
      return .float(r)
    case .mathPow:
      return .float(
        try Builtin.mathPower(try arguments[0].floatValue(), try arguments[1].floatValue()))
    case .cos: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.cosine))
    case .sin: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.sine))
    case .tan: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.tangent))
    case .tanh:
      return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.hyperbolicTangent))
    case .sqrt: return .float(try Builtin.math1(try arguments[0].floatValue(), Libm.squareRoot))
    case .exp:
      return .float(
        try Builtin.math1(try arguments[0].floatValue(), Libm.exponential, canOverflow: true))
    case .log:
      let value = try Builtin.logarithm(arguments[0], Libm.naturalLogarithm)
      guard arguments.count > 1 else { return .float(value) }
      let base = try Builtin.logarithm(arguments[1], Libm.naturalLogarithm)
      guard base != 0 else { throw Arithmetic.divisionByZero }
      return .float(value / base)
    case .floor, .ceil:
      switch arguments[0] {
      case .float(let value):
        let integral = self == .floor ? Libm.roundedDown(value) : Libm.roundedUp(value)
        return try Arithmetic.integer(exactly: integral)
      case .bigInt(let value): return .bigInt(value)
      case let value: return .int(value.integerValue ?? 0)
      }
    }
  }

  private func round(_ value: PyValue, digits: PyValue?) throws(ExpressionError) -> PyValue {
    guard let digits else {
      switch value {
      case .float(let double): return try Arithmetic.integer(exactly: double.rounded(.toNearestOrEven))
      case .bigInt: return value
      default: return .int(value.integerValue ?? 0)
      }
    }
    guard let wideCount = digits.bigIntegerValue else {
      throw ExpressionError("'\(digits.typeName)' object cannot be interpreted as an integer")
    }
    let count = wideCount.intValue ?? (wideCount.isNegative ? Int.min : Int.max)
    if case .float(let double) = value {
      return .float(try DecimalRounding.round(double, digits: count))
    }
    if let small = value.integerValue, let rounded = DecimalRounding.round(small, digits: count) {
      return .int(rounded)
    }
    return try DecimalRounding.round(value.bigIntegerValue ?? BigInt(0), digits: count)
  }

  /// CPython's `math_1`: `function(x)` with NaN from a non-NaN argument
  /// reported as a domain error and an infinity from a finite one as a
  /// range error (`canOverflow`) or a domain error.
  private static func math1(
    _ argument: Double, _ function: (Double) -> Double, canOverflow: Bool = false
  ) throws(ExpressionError) -> Double {
    let result = function(argument)
    if result.isNaN && !argument.isNaN { throw domainError }
    if result.isInfinite && argument.isFinite { throw canOverflow ? rangeError : domainError }
    return result
  }

  /// CPython's `loghelper` with `m_log`, `m_log10` or `m_log2` (`function`): an error for
  /// zero and negative arguments; an `int` beyond the float range is `function(m) +
  /// function(2.0) * e` from its `frexp`.
  private static func logarithm(_ value: PyValue, _ function: (Double) -> Double) throws(ExpressionError) -> Double {
    if let integer = value.integerValue {
      guard integer > 0 else { throw domainError }
      return function(Double(integer))
    }
    if case .bigInt(let integer) = value {
      guard !integer.isNegative else { throw domainError }
      if let double = integer.nearestDouble { return function(double) }
      let (fraction, exponent) = integer.fractionAndExponent
      return function(fraction) + function(2.0) * Double(exponent)
    }
    let argument = value.doubleValue
    if argument.isNaN || argument == .infinity { return argument }
    guard argument > 0 else { throw domainError }
    return function(argument)
  }

  /// CPython's `math_2`: `function(x, y)`, with NaN from non-NaN arguments a domain error and an
  /// infinity from finite ones a range error.
  private static func math2(
    _ arguments: [PyValue], _ function: (Double, Double) -> Double
  ) throws(ExpressionError) -> Double {
    let x = try arguments[0].floatValue()
    let y = try arguments[1].floatValue()
    let result = function(x, y)
    if result.isNaN && !x.isNaN && !y.isNaN { throw domainError }
    if result.isInfinite && x.isFinite && y.isFinite { throw rangeError }
    return result
  }

  /// Python's `float(text)` for a string: surrounding whitespace, a sign, `inf`/`infinity`/`nan`
  /// in any case, or a decimal literal with single underscores between digits, correctly
  /// rounded; `nil` for anything else.
  static func floatFromString(_ text: String) -> Double? {
    let space: Set<Character> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
    var body = Substring(text)
    while let c = body.first, space.contains(c) { body.removeFirst() }
    while let c = body.last, space.contains(c) { body.removeLast() }
    var negative = false
    if let c = body.first, c == "+" || c == "-" {
      negative = c == "-"
      body.removeFirst()
    }
    switch body.lowercased() {
    case "inf", "infinity": return negative ? -.infinity : .infinity
    case "nan": return negative ? -Double.nan : .nan
    default: break
    }
    var digits = ""
    var mantissaDigits = 0
    var index = body.startIndex
    func readDigits() -> Int? {
      var count = 0
      var afterUnderscore = false
      while index < body.endIndex {
        let c = body[index]
        if c.isASCII && c.isWholeNumber {
          digits.append(c)
          count += 1
          afterUnderscore = false
        } else if c == "_" && count > 0 && !afterUnderscore {
          afterUnderscore = true
        } else {
          break
        }
        index = body.index(after: index)
      }
      return afterUnderscore ? nil : count
    }
    guard let whole = readDigits() else { return nil }
    mantissaDigits += whole
    if index < body.endIndex && body[index] == "." {
      digits.append(".")
      index = body.index(after: index)
      guard let fraction = readDigits() else { return nil }
      mantissaDigits += fraction
    }
    guard mantissaDigits > 0 else { return nil }
    if index < body.endIndex && (body[index] == "e" || body[index] == "E") {
      digits.append("e")
      index = body.index(after: index)
      if index < body.endIndex && (body[index] == "+" || body[index] == "-") {
        digits.append(body[index])
        index = body.index(after: index)
      }
      guard let exponent = readDigits(), exponent > 0 else { return nil }
    }
    guard index == body.endIndex, let value = Double(digits) else { return nil }
    return negative ? -value : value
  }

  /// CPython's `math_pow`.
  private static func mathPower(_ base: Double, _ exponent: Double) throws(ExpressionError)
    -> Double
  {
    if !base.isFinite || !exponent.isFinite {
      if base.isNaN { return exponent == 0 ? 1 : base }
      if exponent.isNaN { return base == 1 ? 1 : exponent }
      if base.isInfinite {
        let odd = exponent.isFinite && Libm.remainder(exponent.magnitude, 2.0) == 1.0
        if exponent > 0 { return odd ? base : base.magnitude }
        if exponent == 0 { return 1 }
        return odd ? Double(signOf: base, magnitudeOf: 0) : 0
      }
      if base.magnitude == 1 { return 1 }
      if exponent > 0 && base.magnitude > 1 { return exponent }
      if exponent < 0 && base.magnitude < 1 { return -exponent }
      return 0
    }
    let result = Libm.power(base, exponent)
    if result.isNaN { throw domainError }
    if result.isInfinite { throw base == 0 ? domainError : rangeError }
    return result
  }
}
