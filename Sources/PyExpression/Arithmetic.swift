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
      case .trueDivide:
        guard let quotient = PyMath.trueDiv(left, right) else { throw divisionByZero }
        return .float(quotient)
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
      return .float(PyMath.floorDiv(left, right))
    case .remainder:
      guard right != 0 else { throw divisionByZero }
      return .float(PyMath.mod(left, right))
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
    guard let quotient = PyMath.floorDiv(left, right) else { throw integerTooLarge }
    return quotient
  }

  private static func remainder(_ left: Int, _ right: Int) throws(ExpressionError) -> Int {
    guard right != 0 else { throw divisionByZero }
    if right == -1 { return 0 }
    return PyMath.mod(left, right) ?? 0
  }

  private static func integerPower(_ base: Int, _ exponent: Int) throws(ExpressionError) -> Int {
    guard let result = PyMath.intPower(base, exponent) else { throw integerTooLarge }
    return result
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
