/// `math`'s functions of integers, as CPython 3.11 computes them: `gcd`, `lcm`, `isqrt`,
/// `factorial`, `comb` and `perm`, exact on ``BigInt``.
///
/// Each takes only `int`s (and `bool`s): a `float` raises CPython's `TypeError`. A result wider
/// than ``BigInt/maximumBitWidth`` bits is refused like any other integer result; the products
/// are refused as soon as a partial product is too wide (each partial product is at most the
/// result), so no refused result is computed whole.
extension Builtin {
  /// The integer value of an argument, or CPython's `TypeError` for a float.
  static func integerArgument(_ value: PyValue) throws(ExpressionError) -> BigInt {
    guard let integer = value.bigIntegerValue else {
      throw ExpressionError("TypeError: '\(value.typeName)' object cannot be interpreted as an integer")
    }
    return integer
  }

  /// The greatest common divisor of two magnitudes (Euclid's algorithm).
  static func greatestCommonDivisor(_ a: BigInt, _ b: BigInt) -> BigInt {
    if let x = a.intValue, let y = b.intValue, x != Int.min, y != Int.min {
      var (u, v) = (x.magnitude, y.magnitude)
      while v != 0 { (u, v) = (v, u % v) }
      return BigInt(Int(u))
    }
    var (u, v) = (a.magnitude, b.magnitude)
    while !v.isZero { (u, v) = (v, u.quotientAndRemainder(dividingBy: v).remainder) }
    return u
  }

  /// `math.gcd(*integers)`: 0 for no arguments, else non-negative.
  static func gcd(_ arguments: [PyValue]) throws(ExpressionError) -> PyValue {
    var result = BigInt(0)
    for argument in arguments {
      result = greatestCommonDivisor(result, try integerArgument(argument))
    }
    return .integer(result)
  }

  /// `math.lcm(*integers)`: 1 for no arguments, 0 if any is 0, else non-negative.
  static func lcm(_ arguments: [PyValue]) throws(ExpressionError) -> PyValue {
    var result = BigInt(1)
    for argument in arguments {
      let value = try integerArgument(argument).magnitude
      if result.isZero || value.isZero {
        result = BigInt(0)
        continue
      }
      let divisor = greatestCommonDivisor(result, value)
      result = try bounded(result.quotientAndRemainder(dividingBy: divisor).quotient * value)
    }
    return .integer(result)
  }

  /// `math.isqrt(n)`: the floor of the square root of a non-negative `int` (Newton's iteration
  /// from above, exact).
  static func isqrt(_ value: PyValue) throws(ExpressionError) -> PyValue {
    let n = try integerArgument(value)
    guard !n.isNegative else { throw ExpressionError("ValueError: isqrt() argument must be nonnegative") }
    guard !n.isZero else { return .int(0) }
    var x = BigInt(1) << ((n.bitWidth + 1) / 2)
    while true {
      let y = (x + n.quotientAndRemainder(dividingBy: x).quotient) >> 1
      if !(y < x) { return .integer(x) }
      x = y
    }
  }

  /// `math.factorial(n)`.
  static func factorial(_ value: PyValue) throws(ExpressionError) -> PyValue {
    let n = try integerArgument(value)
    guard !n.isNegative else { throw ExpressionError("ValueError: factorial() not defined for negative values") }
    guard let count = n.intValue, count <= BigInt.maximumBitWidth + 1 else { throw Arithmetic.integerTooLarge }
    return .integer(try fallingProduct(from: count, factors: count))
  }

  /// `math.perm(n, k=None)`: `n! / (n - k)!`, 0 when `k > n`.
  static func perm(_ arguments: [PyValue]) throws(ExpressionError) -> PyValue {
    let n = try integerArgument(arguments[0])
    guard arguments.count > 1 else { return try factorial(arguments[0]) }
    let k = try integerArgument(arguments[1])
    guard !n.isNegative else { throw ExpressionError("ValueError: n must be a non-negative integer") }
    guard !k.isNegative else { throw ExpressionError("ValueError: k must be a non-negative integer") }
    if n < k { return .int(0) }
    guard let count = k.intValue, count <= BigInt.maximumBitWidth + 1 else { throw Arithmetic.integerTooLarge }
    return .integer(try fallingProduct(from: n, factors: count))
  }

  /// `math.comb(n, k)`: `n! / (k! * (n - k)!)`, 0 when `k > n`; built as `C(n, i + 1) = C(n, i) *
  /// (n - i) / (i + 1)` up to `min(k, n - k)`, each step exact and no larger than the result.
  static func comb(_ arguments: [PyValue]) throws(ExpressionError) -> PyValue {
    let n = try integerArgument(arguments[0])
    let k = try integerArgument(arguments[1])
    guard !n.isNegative else { throw ExpressionError("ValueError: n must be a non-negative integer") }
    guard !k.isNegative else { throw ExpressionError("ValueError: k must be a non-negative integer") }
    if n < k { return .int(0) }
    let rest = n - k
    let smaller = rest < k ? rest : k
    // C(n, j) >= 2**j for j <= n / 2.
    guard let count = smaller.intValue, count <= BigInt.maximumBitWidth else { throw Arithmetic.integerTooLarge }
    if let small = n.intValue, small <= Int(UInt32.max) {
      return .integer(try smallComb(small, count))
    }
    var result = BigInt(1)
    for i in 0..<count {
      let next = result * (n - BigInt(i))
      result = next.quotientAndRemainder(dividingBy: BigInt(i + 1)).quotient
      _ = try bounded(result)
    }
    return .integer(result)
  }

  /// `comb(n, k)` for `n < 2**32`: the same steps on the limbs in place, each factor and divisor
  /// a single limb (the division is exact).
  private static func smallComb(_ n: Int, _ k: Int) throws(ExpressionError) -> BigInt {
    var limbs: [UInt32] = [1]
    for i in 0..<k {
      let factor = UInt64(n - i)
      let divisor = UInt64(i + 1)
      var carry: UInt64 = 0
      limbs.withUnsafeMutableBufferPointer { out in
        for j in 0..<out.count {
          let product = UInt64(out[j]) * factor + carry
          out[j] = UInt32(truncatingIfNeeded: product)
          carry = product >> 32
        }
      }
      if carry != 0 { limbs.append(UInt32(carry)) }
      var remainder: UInt64 = 0
      limbs.withUnsafeMutableBufferPointer { out in
        for j in stride(from: out.count - 1, through: 0, by: -1) {
          let current = remainder << 32 | UInt64(out[j])
          out[j] = UInt32(current / divisor)
          remainder = current % divisor
        }
      }
      while limbs.last == 0 { limbs.removeLast() }
      guard limbs.count * 32 - (limbs.last?.leadingZeroBitCount ?? 32) <= BigInt.maximumBitWidth else {
        throw Arithmetic.integerTooLarge
      }
    }
    return BigInt(isNegative: false, limbs: limbs)
  }

  /// `n * (n - 1) * ... * (n - factors + 1)`, refused once a partial product is too wide.
  private static func fallingProduct(from n: BigInt, factors: Int) throws(ExpressionError) -> BigInt {
    var result = BigInt(1)
    for i in 0..<factors {
      result = try bounded(result * (n - BigInt(i)))
    }
    return result
  }

  private static func fallingProduct(from n: Int, factors: Int) throws(ExpressionError) -> BigInt {
    try fallingProduct(from: BigInt(n), factors: factors)
  }

  /// `value`, or the evaluator's refusal when it is wider than ``BigInt/maximumBitWidth`` bits.
  private static func bounded(_ value: BigInt) throws(ExpressionError) -> BigInt {
    guard value.bitWidth <= BigInt.maximumBitWidth else { throw Arithmetic.integerTooLarge }
    return value
  }
}
