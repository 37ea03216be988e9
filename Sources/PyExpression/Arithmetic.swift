/// Python's arithmetic on ``PyValue``s, bit for bit as CPython computes it.
///
/// - `int op int` is exact, on `Int` while the result fits and on ``BigInt``
///   beyond; an integer result wider than ``BigInt/maximumBitWidth`` bits is
///   refused (`**` refuses before computing, from the result's width).
/// - A mixed operation converts the `int` to the nearest `Double` first
///   (ties to even); an `int` beyond the float range raises `OverflowError`.
/// - `int / int` is correctly rounded: the exact quotient rounded once, ties
///   to even, subnormals included, like CPython's `long_true_divide`.
/// - `//` and `%` floor: the remainder takes the divisor's sign. On floats
///   they follow CPython's `float_rem` and `_float_div_mod` (libm `fmod`,
///   then sign fix-up and snapping of the quotient).
/// - `**` follows CPython's `long_pow` and `float_pow`, including its special
///   cases, with libm `pow` for the general finite case; an `int` to a
///   negative `int` power is the float power.
enum Arithmetic {
  static let integerTooLarge = ExpressionError(
    "integer result too large (more than \(BigInt.maximumBitWidth) bits)")
  static let divisionByZero = ExpressionError("division by zero")
  static let quotientTooLarge = ExpressionError(
    "OverflowError: integer division result too large for a float")

  static func apply(
    _ operation: BinaryOperator, _ lhs: PyValue, _ rhs: PyValue
  ) throws(ExpressionError) -> PyValue {
    if operation.isBitwise { return try bitwise(operation, lhs, rhs) }
    if let left = lhs.integerValue, let right = rhs.integerValue {
      switch operation {
      case .add:
        let (sum, overflow) = left.addingReportingOverflow(right)
        if !overflow { return .int(sum) }
      case .subtract:
        let (difference, overflow) = left.subtractingReportingOverflow(right)
        if !overflow { return .int(difference) }
      case .multiply:
        let (product, overflow) = left.multipliedReportingOverflow(by: right)
        if !overflow { return .int(product) }
      case .trueDivide:
        guard let quotient = PyMath.trueDiv(left, right) else { throw divisionByZero }
        return .float(quotient)
      case .floorDivide:
        guard right != 0 else { throw divisionByZero }
        if let quotient = PyMath.floorDiv(left, right) { return .int(quotient) }
      case .remainder:
        guard right != 0 else { throw divisionByZero }
        return .int(PyMath.mod(left, right) ?? 0)
      case .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor: break
      }
    }
    if let left = lhs.bigIntegerValue, let right = rhs.bigIntegerValue {
      return try apply(operation, left, right)
    }
    let left = try lhs.floatValue()
    let right = try rhs.floatValue()
    switch operation {
    case .add: return .float(left + right)
    case .subtract: return .float(left - right)
    case .multiply: return .float(left * right)
    case .trueDivide:
      guard right != 0 else { throw divisionByZero }
      return .float(left / right)
    case .floorDivide:
      guard right != 0 else { throw divisionByZero }
      return .float(PyMath.floorDiv(left, right))
    case .remainder:
      guard right != 0 else { throw divisionByZero }
      return .float(PyMath.mod(left, right))
    case .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor:
      return try bitwise(operation, lhs, rhs)
    }
  }

  private static func apply(
    _ operation: BinaryOperator, _ left: BigInt, _ right: BigInt
  ) throws(ExpressionError) -> PyValue {
    switch operation {
    case .add: return try bounded(left + right)
    case .subtract: return try bounded(left - right)
    case .multiply: return try bounded(left * right)
    case .trueDivide:
      guard !right.isZero else { throw divisionByZero }
      guard let quotient = trueDivide(left, right) else { throw quotientTooLarge }
      return .float(quotient)
    case .floorDivide:
      guard !right.isZero else { throw divisionByZero }
      return try bounded(left.flooredDivision(by: right).quotient)
    case .remainder:
      guard !right.isZero else { throw divisionByZero }
      return try bounded(left.flooredDivision(by: right).remainder)
    case .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor:
      return try bitwise(operation, .integer(left), .integer(right))
    }
  }

  /// `value` as a ``PyValue``, or the refusal of an integer wider than
  /// ``BigInt/maximumBitWidth`` bits.
  static func bounded(_ value: BigInt) throws(ExpressionError) -> PyValue {
    guard value.bitWidth <= BigInt.maximumBitWidth else { throw integerTooLarge }
    return .integer(value)
  }

  /// `numerator / denominator` correctly rounded, ties to even (CPython's
  /// `long_true_divide`): the quotient is computed to at least 55 bits with a
  /// sticky bit for the remainder, then rounded once to the double's
  /// precision (fewer bits for a subnormal). `nil` when it rounds beyond the
  /// finite range. `denominator` must not be zero.
  static func trueDivide(_ numerator: BigInt, _ denominator: BigInt) -> Double? {
    let isNegative = numerator.isNegative != denominator.isNegative
    let difference = numerator.bitWidth - denominator.bitWidth
    if numerator.isZero || difference < -1_076 { return isNegative ? -0.0 : 0.0 }
    if difference > 1_025 { return nil }
    let shift = 55 - difference
    let (quotient, remainder) =
      shift >= 0
      ? (numerator.magnitude << shift).quotientAndRemainder(dividingBy: denominator.magnitude)
      : numerator.magnitude.quotientAndRemainder(dividingBy: denominator.magnitude << -shift)
    return BigInt.rounded(
      magnitude: quotient, inexact: !remainder.isZero, exponent: -shift, isNegative: isNegative)
  }

  static func apply(_ operation: UnaryOperator, _ operand: PyValue) throws(ExpressionError)
    -> PyValue
  {
    switch (operation, operand) {
    case (.invert, _): return try invert(operand)
    case (.negate, .float(let value)): return .float(-value)
    case (.plus, .float(let value)): return .float(value)
    case (.negate, .bigInt(let value)): return .integer(-value)
    case (.plus, .bigInt): return operand
    case (.negate, _):
      let value = operand.integerValue ?? 0
      let (negated, overflow) = 0.subtractingReportingOverflow(value)
      return overflow ? .integer(-BigInt(value)) : .int(negated)
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
      if let result = PyMath.intPower(integerBase, integerExponent) { return .int(result) }
    }
    if let integerBase = base.bigIntegerValue, let integerExponent = exponent.bigIntegerValue,
      !integerExponent.isNegative
    {
      return try integerPower(integerBase, integerExponent)
    }
    return .float(try floatPower(try base.floatValue(), try exponent.floatValue()))
  }

  /// `base ** exponent` for `exponent >= 0`, exact, refused before computing
  /// when the result would be wider than ``BigInt/maximumBitWidth`` bits.
  private static func integerPower(_ base: BigInt, _ exponent: BigInt) throws(ExpressionError)
    -> PyValue
  {
    guard let smallExponent = exponent.intValue else {
      guard base.bitWidth <= 1 else { throw integerTooLarge }
      return .int(base.isZero ? 0 : (base.isNegative && exponent.isOdd ? -1 : 1))
    }
    guard let result = base.power(smallExponent) else { throw integerTooLarge }
    return .integer(result)
  }

  /// Python's `int(value)` for a float: truncation toward zero, exact.
  static func truncatedInteger(_ value: Double) throws(ExpressionError) -> PyValue {
    try integer(exactly: value.rounded(.towardZero))
  }

  /// The `int` equal to an integral `value`, as CPython's `PyLong_FromDouble`
  /// makes it (exact at any magnitude), or the error Python raises for NaN
  /// and infinities.
  static func integer(exactly value: Double) throws(ExpressionError) -> PyValue {
    if value.isNaN { throw ExpressionError("cannot convert float NaN to integer") }
    if value.isInfinite { throw ExpressionError("cannot convert float infinity to integer") }
    if value >= -0x1p63 && value < 0x1p63 { return .int(Int(value)) }
    return .bigInt(BigInt(exactly: value))
  }

  /// CPython's `float_pow` (``PyMath/floatPower(_:_:)``) with the evaluator's messages.
  static func floatPower(_ base: Double, _ exponent: Double) throws(ExpressionError) -> Double {
    do {
      return try PyMath.floatPower(base, exponent)
    } catch {
      switch error {
      case .zeroToNegativePower: throw ExpressionError("zero to a negative power")
      case .complexResult:
        throw ExpressionError("a negative number to a fractional power is complex, which is not supported")
      case .outOfRange: throw ExpressionError("numerical result out of range")
      }
    }
  }
}
