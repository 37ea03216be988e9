/// Python's arithmetic on ``PyValue``s, bit for bit as CPython computes it.
///
/// - `int op int` is exact; a result beyond 64 bits throws "integer too
///   large" (Python would grow a bigint).
/// - A mixed operation converts the `int` to the nearest `Double` first.
/// - `int / int` is correctly rounded, like CPython's `long_true_divide`.
/// - `//` and `%` floor: the remainder takes the divisor's sign. On floats
///   they follow CPython's `float_rem` and `_float_div_mod` (libm `fmod`,
///   then sign fix-up and snapping of the quotient).
/// - `**` follows CPython's `long_pow` and `float_pow`, including its special
///   cases, with libm `pow` for the general finite case.
enum Arithmetic {
  static let integerTooLarge = ExpressionError("integer too large")
  static let divisionByZero = ExpressionError("division by zero")

  static func apply(
    _ operation: BinaryOperator, _ lhs: PyValue, _ rhs: PyValue
  ) throws(ExpressionError) -> PyValue {
    if let left = lhs.integerValue, let right = rhs.integerValue {
      switch operation {
      case .add: return .int(try checked(left.addingReportingOverflow(right)))
      case .subtract: return .int(try checked(left.subtractingReportingOverflow(right)))
      case .multiply: return .int(try checked(left.multipliedReportingOverflow(by: right)))
      case .trueDivide: return .float(try trueDivide(left, right))
      case .floorDivide: return .int(try floorDivide(left, right))
      case .remainder: return .int(try remainder(left, right))
      }
    }
    let left = lhs.doubleValue
    let right = rhs.doubleValue
    switch operation {
    case .add: return .float(left + right)
    case .subtract: return .float(left - right)
    case .multiply: return .float(left * right)
    case .trueDivide:
      guard right != 0 else { throw divisionByZero }
      return .float(left / right)
    case .floorDivide:
      guard right != 0 else { throw divisionByZero }
      return .float(floorQuotient(left, right))
    case .remainder:
      guard right != 0 else { throw divisionByZero }
      return .float(floatRemainder(left, right))
    }
  }

  static func apply(_ operation: UnaryOperator, _ operand: PyValue) throws(ExpressionError)
    -> PyValue
  {
    switch (operation, operand) {
    case (.negate, .float(let value)): return .float(-value)
    case (.plus, .float(let value)): return .float(value)
    case (.negate, _):
      return .int(try checked(0.subtractingReportingOverflow(operand.integerValue ?? 0)))
    case (.plus, _):
      return .int(operand.integerValue ?? 0)
    }
  }

  /// Python's `base ** exponent` (and two-argument `pow`).
  static func power(_ base: PyValue, _ exponent: PyValue) throws(ExpressionError) -> PyValue {
    if let integerBase = base.integerValue, let integerExponent = exponent.integerValue {
      if integerExponent < 0 {
        return .float(try floatPower(Double(integerBase), Double(integerExponent)))
      }
      return .int(try integerPower(integerBase, integerExponent))
    }
    return .float(try floatPower(base.doubleValue, exponent.doubleValue))
  }

  /// Python's `int(value)` for a float: truncation toward zero.
  static func truncatedInteger(_ value: Double) throws(ExpressionError) -> Int {
    try integer(exactly: value.rounded(.towardZero))
  }

  /// The `Int` equal to an integral `value`, as CPython's `PyLong_FromDouble`
  /// would make it, or the error Python raises for NaN and infinities.
  static func integer(exactly value: Double) throws(ExpressionError) -> Int {
    if value.isNaN { throw ExpressionError("cannot convert float NaN to integer") }
    if value.isInfinite { throw ExpressionError("cannot convert float infinity to integer") }
    guard value >= -0x1p63 && value < 0x1p63 else { throw integerTooLarge }
    return Int(value)
  }

  private static func checked(_ result: (partialValue: Int, overflow: Bool)) throws(ExpressionError)
    -> Int
  {
    if result.overflow { throw integerTooLarge }
    return result.partialValue
  }

  private static func floorDivide(_ left: Int, _ right: Int) throws(ExpressionError) -> Int {
    guard right != 0 else { throw divisionByZero }
    var quotient = try checked(left.dividedReportingOverflow(by: right))
    let rest = left.remainderReportingOverflow(dividingBy: right).partialValue
    if rest != 0 && (rest < 0) != (right < 0) { quotient -= 1 }
    return quotient
  }

  private static func remainder(_ left: Int, _ right: Int) throws(ExpressionError) -> Int {
    guard right != 0 else { throw divisionByZero }
    if right == -1 { return 0 }
    var rest = left.remainderReportingOverflow(dividingBy: right).partialValue
    if rest != 0 && (rest < 0) != (right < 0) { rest += right }
    return rest
  }

  /// `left / right` correctly rounded to the nearest double, ties to even.
  private static func trueDivide(_ left: Int, _ right: Int) throws(ExpressionError) -> Double {
    guard right != 0 else { throw divisionByZero }
    let exactLimit: UInt64 = 1 << 53
    let numerator = UInt64(left.magnitude)
    let denominator = UInt64(right.magnitude)
    if left == 0 || (numerator <= exactLimit && denominator <= exactLimit) {
      return Double(left) / Double(right)
    }
    let shift = max(0, 56 + bitLength(denominator) - bitLength(numerator))
    let wide: (high: UInt64, low: UInt64) =
      switch shift {
      case 0: (0, numerator)
      case 1..<64: (numerator >> (64 - shift), numerator << shift)
      default: (numerator << (shift - 64), 0)
      }
    let (quotient, rest) = denominator.dividingFullWidth(wide)
    let dropped = bitLength(quotient) - 53
    var mantissa = quotient >> dropped
    let droppedBits = quotient & ((1 << dropped) - 1)
    let half: UInt64 = 1 << (dropped - 1)
    if droppedBits > half || (droppedBits == half && (rest != 0 || mantissa & 1 == 1)) {
      mantissa += 1
    }
    return Double(
      sign: (left < 0) != (right < 0) ? .minus : .plus,
      exponent: dropped - shift,
      significand: Double(mantissa))
  }

  private static func bitLength(_ value: UInt64) -> Int {
    UInt64.bitWidth - value.leadingZeroBitCount
  }

  /// CPython's `float_rem`.
  private static func floatRemainder(_ left: Double, _ right: Double) -> Double {
    var remainder = Libm.remainder(left, right)
    if remainder != 0 {
      if (right < 0) != (remainder < 0) { remainder += right }
    } else {
      remainder = Double(signOf: right, magnitudeOf: 0)
    }
    return remainder
  }

  /// The floor quotient of CPython's `_float_div_mod`.
  private static func floorQuotient(_ left: Double, _ right: Double) -> Double {
    let remainder = Libm.remainder(left, right)
    var quotient = (left - remainder) / right
    if remainder != 0 && (right < 0) != (remainder < 0) {
      quotient -= 1.0
    }
    guard quotient != 0 else {
      return Double(signOf: left / right, magnitudeOf: 0)
    }
    var floored = Libm.roundedDown(quotient)
    if quotient - floored > 0.5 { floored += 1.0 }
    return floored
  }

  /// Exponentiation by squaring with overflow checks; `exponent >= 0`.
  private static func integerPower(_ base: Int, _ exponent: Int) throws(ExpressionError) -> Int {
    var result = 1
    var square = base
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 {
        result = try checked(result.multipliedReportingOverflow(by: square))
      }
      remaining >>= 1
      if remaining > 0 {
        square = try checked(square.multipliedReportingOverflow(by: square))
      }
    }
    return result
  }

  private static func isOddInteger(_ value: Double) -> Bool {
    Libm.remainder(value.magnitude, 2.0) == 1.0
  }

  /// CPython's `float_pow`.
  static func floatPower(_ base: Double, _ exponent: Double) throws(ExpressionError) -> Double {
    if exponent == 0 { return 1.0 }
    if base.isNaN { return base }
    if exponent.isNaN { return base == 1.0 ? 1.0 : exponent }
    if exponent.isInfinite {
      let magnitude = base.magnitude
      if magnitude == 1.0 { return 1.0 }
      return (exponent > 0) == (magnitude > 1.0) ? exponent.magnitude : 0.0
    }
    if base.isInfinite {
      let odd = isOddInteger(exponent)
      if exponent > 0 { return odd ? base : base.magnitude }
      return odd ? Double(signOf: base, magnitudeOf: 0) : 0.0
    }
    if base == 0 {
      if exponent < 0 { throw ExpressionError("zero to a negative power") }
      return isOddInteger(exponent) ? base : 0.0
    }
    var magnitude = base
    var negate = false
    if base < 0 {
      if exponent != Libm.roundedDown(exponent) {
        throw ExpressionError(
          "a negative number to a fractional power is complex, which is not supported")
      }
      magnitude = -base
      negate = isOddInteger(exponent)
    }
    if magnitude == 1.0 { return negate ? -1.0 : 1.0 }
    let result = Libm.power(magnitude, exponent)
    if result.isInfinite { throw ExpressionError("numerical result out of range") }
    return negate ? -result : result
  }
}
