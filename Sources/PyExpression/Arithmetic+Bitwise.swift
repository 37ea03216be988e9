/// Python's integer operators `<< >> & | ^ ~` on ``PyValue``s (CPython's `long_lshift`,
/// `long_rshift`, `long_and`, `long_or`, `long_xor`, `long_invert`).
///
/// - Operands must be `int`s (`bool` included); a `float` raises `TypeError`. `bool op bool`
///   for `& | ^` is a `bool`, as `bool.__and__` gives.
/// - `x << n` is `x * 2**n` and `x >> n` is `floor(x / 2**n)`, exact at any size; a negative
///   count raises `ValueError: negative shift count`.
/// - `& | ^` act on the two's complement of 64-bit values; wider operands are refused.
/// - `~x` is `-(x + 1)`.
extension Arithmetic {
  static func bitwise(
    _ operation: BinaryOperator, _ lhs: PyValue, _ rhs: PyValue
  ) throws(ExpressionError) -> PyValue {
    guard let left = lhs.bigIntegerValue, let right = rhs.bigIntegerValue else {
      throw ExpressionError(
        "TypeError: unsupported operand type(s) for \(operation.rawValue): '\(lhs.typeName)' and '\(rhs.typeName)'")
    }
    switch operation {
    case .leftShift, .rightShift:
      guard !right.isNegative else { throw ExpressionError("ValueError: negative shift count") }
      if left.isZero { return .int(0) }
      let count = right.intValue ?? Int.max
      if operation == .leftShift {
        guard count <= BigInt.maximumBitWidth else { throw integerTooLarge }
        return try bounded(left << count)
      }
      if count >= left.bitWidth { return .int(left.isNegative ? -1 : 0) }
      let (quotient, _) = left.flooredDivision(by: BigInt(1) << count)
      return .integer(quotient)
    default:
      guard let a = left.intValue, let b = right.intValue else {
        throw ExpressionError("'\(operation.rawValue)' on integers beyond 64 bits is not supported")
      }
      let result: Int
      switch operation {
      case .bitAnd: result = a & b
      case .bitOr: result = a | b
      default: result = a ^ b
      }
      if case .bool = lhs, case .bool = rhs { return .bool(result != 0) }
      return .int(result)
    }
  }

  /// Python's `~x`.
  static func invert(_ operand: PyValue) throws(ExpressionError) -> PyValue {
    switch operand {
    case .float: throw ExpressionError("TypeError: bad operand type for unary ~: 'float'")
    case .bigInt(let value): return try bounded(-(value + BigInt(1)))
    default: return .int(~(operand.integerValue ?? 0))
    }
  }

  /// Python's `pow(base, exponent, modulus)` (CPython's `long_pow` with a modulus): all three
  /// `int`s; the result takes the modulus's sign; a negative exponent uses the modular inverse.
  static func modularPower(
    _ base: PyValue, _ exponent: PyValue, _ modulus: PyValue
  ) throws(ExpressionError) -> PyValue {
    guard var b = base.bigIntegerValue, var e = exponent.bigIntegerValue, var m = modulus.bigIntegerValue else {
      throw ExpressionError("TypeError: pow() 3rd argument not allowed unless all arguments are integers")
    }
    guard !m.isZero else { throw ExpressionError("ValueError: pow() 3rd argument cannot be 0") }
    let negativeOutput = m.isNegative
    if negativeOutput { m = -m }
    if e.isNegative {
      guard let inverse = modularInverse(b, m) else {
        throw ExpressionError("ValueError: base is not invertible for the given modulus")
      }
      b = inverse
      e = -e
    }
    if m == BigInt(1) { return .int(0) }
    b = b.flooredDivision(by: m).remainder
    var result = BigInt(1)
    var index = e.bitWidth - 1
    while index >= 0 {
      result = (result * result).flooredDivision(by: m).remainder
      if e.bit(at: index) { result = (result * b).flooredDivision(by: m).remainder }
      index -= 1
    }
    if negativeOutput && !result.isZero { result = result - m }
    return .integer(result)
  }

  /// The inverse of `value` modulo `modulus` (> 0) in `0..<modulus`, `nil` when they share a factor.
  private static func modularInverse(_ value: BigInt, _ modulus: BigInt) -> BigInt? {
    var (r0, r1) = (value.flooredDivision(by: modulus).remainder, modulus)
    var (s0, s1) = (BigInt(1), BigInt(0))
    while !r1.isZero {
      let (q, r) = r0.flooredDivision(by: r1)
      (r0, r1) = (r1, r)
      (s0, s1) = (s1, s0 - q * s1)
    }
    guard r0 == BigInt(1) else { return nil }
    return s0.flooredDivision(by: modulus).remainder
  }
}
