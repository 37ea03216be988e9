/// A callable function: a Python builtin or a function of the `math` module.
///
/// Each follows CPython: `min`/`max` keep the first extreme argument under
/// Python's comparisons; `int`, `round` and `math.floor`/`math.ceil` return
/// `int` and reject NaN and infinities; `round` rounds half to even; the
/// `math` functions call the libm function of the same name and raise
/// "math domain error" or "math range error" where CPython's `math_1` does;
/// `math.log` of an `int` converts it to the nearest double first, and
/// `math.pow` is CPython's `math_pow` (always float), unlike builtin `pow`.
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
    case .min, .max, .abs, .float, .int, .round, .pow: false
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
    case .round, .log: 1...2
    case .pow, .mathPow: 2...2
    default: 1...1
    }
  }

  /// Calls the function with evaluated arguments; `min`/`max` receive the
  /// elements of a single tuple or list argument.
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
      case let value:
        let integer = value.integerValue ?? 0
        return integer < 0 ? try Arithmetic.apply(.negate, value) : .int(integer)
      }
    case .float:
      return .float(arguments.first?.doubleValue ?? 0)
    case .int:
      guard let value = arguments.first else { return .int(0) }
      if case .float(let double) = value { return .int(try Arithmetic.truncatedInteger(double)) }
      return .int(value.integerValue ?? 0)
    case .round:
      return try round(arguments[0], digits: arguments.count > 1 ? arguments[1] : nil)
    case .pow:
      return try Arithmetic.power(arguments[0], arguments[1])
    case .mathPow:
      return .float(try Builtin.mathPower(arguments[0].doubleValue, arguments[1].doubleValue))
    case .cos: return .float(try Builtin.math1(arguments[0].doubleValue, Libm.cosine))
    case .sin: return .float(try Builtin.math1(arguments[0].doubleValue, Libm.sine))
    case .tan: return .float(try Builtin.math1(arguments[0].doubleValue, Libm.tangent))
    case .tanh: return .float(try Builtin.math1(arguments[0].doubleValue, Libm.hyperbolicTangent))
    case .sqrt: return .float(try Builtin.math1(arguments[0].doubleValue, Libm.squareRoot))
    case .exp:
      return .float(
        try Builtin.math1(arguments[0].doubleValue, Libm.exponential, canOverflow: true))
    case .log:
      let value = try Builtin.logarithm(arguments[0])
      guard arguments.count > 1 else { return .float(value) }
      let base = try Builtin.logarithm(arguments[1])
      guard base != 0 else { throw Arithmetic.divisionByZero }
      return .float(value / base)
    case .floor, .ceil:
      guard case .float(let value) = arguments[0] else {
        return .int(arguments[0].integerValue ?? 0)
      }
      let integral = self == .floor ? Libm.roundedDown(value) : Libm.roundedUp(value)
      return .int(try Arithmetic.integer(exactly: integral))
    }
  }

  private func round(_ value: PyValue, digits: PyValue?) throws(ExpressionError) -> PyValue {
    guard let digits else {
      guard case .float(let double) = value else { return .int(value.integerValue ?? 0) }
      return .int(try Arithmetic.integer(exactly: double.rounded(.toNearestOrEven)))
    }
    guard let count = digits.integerValue else {
      throw ExpressionError("'\(digits.typeName)' object cannot be interpreted as an integer")
    }
    if case .float(let double) = value {
      return .float(try DecimalRounding.round(double, digits: count))
    }
    return .int(try DecimalRounding.round(value.integerValue ?? 0, digits: count))
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

  /// CPython's `loghelper` with `m_log`: the natural logarithm, an error for
  /// zero and negative arguments.
  private static func logarithm(_ value: PyValue) throws(ExpressionError) -> Double {
    if let integer = value.integerValue {
      guard integer > 0 else { throw domainError }
      return Libm.naturalLogarithm(Double(integer))
    }
    let argument = value.doubleValue
    if argument.isNaN || argument == .infinity { return argument }
    guard argument > 0 else { throw domainError }
    return Libm.naturalLogarithm(argument)
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
