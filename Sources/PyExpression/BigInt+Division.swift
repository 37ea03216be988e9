/// Exact division: truncating (like Swift's) and flooring (like Python's `//` and `%`).
extension BigInt {
  /// The quotient truncated toward zero and the remainder with the dividend's
  /// sign. `divisor` must not be zero.
  func quotientAndRemainder(dividingBy divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
    let (quotient, remainder) = BigInt.divideMagnitudes(limbs, divisor.limbs)
    return (
      BigInt(isNegative: isNegative != divisor.isNegative, limbs: quotient),
      BigInt(isNegative: isNegative, limbs: remainder)
    )
  }

  /// Python's `divmod`: the quotient rounded toward negative infinity and the
  /// remainder with the divisor's sign. `divisor` must not be zero.
  func flooredDivision(by divisor: BigInt) -> (quotient: BigInt, remainder: BigInt) {
    var (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
    if !remainder.isZero && remainder.isNegative != divisor.isNegative {
      quotient = quotient - BigInt(1)
      remainder = remainder + divisor
    }
    return (quotient, remainder)
  }

  /// Knuth's algorithm D on base-2³² limbs; `divisor` must not be empty.
  static func divideMagnitudes(_ dividend: [UInt32], _ divisor: [UInt32]) -> (
    quotient: [UInt32], remainder: [UInt32]
  ) {
    if compareMagnitudes(dividend, divisor) < 0 { return ([], dividend) }
    let n = divisor.count
    if n == 1 {
      let d = UInt64(divisor[0])
      var quotient = [UInt32](repeating: 0, count: dividend.count)
      var rest: UInt64 = 0
      for index in stride(from: dividend.count - 1, through: 0, by: -1) {
        let current = rest << 32 | UInt64(dividend[index])
        quotient[index] = UInt32(current / d)
        rest = current % d
      }
      return (quotient, [UInt32(rest)])
    }
    let m = dividend.count - n
    let shift = UInt32(divisor[n - 1].leadingZeroBitCount)
    var v = [UInt32](repeating: 0, count: n)
    for index in stride(from: n - 1, to: 0, by: -1) {
      v[index] = divisor[index] << shift | (shift == 0 ? 0 : divisor[index - 1] >> (32 - shift))
    }
    v[0] = divisor[0] << shift
    var u = [UInt32](repeating: 0, count: dividend.count + 1)
    u[dividend.count] = shift == 0 ? 0 : dividend[dividend.count - 1] >> (32 - shift)
    for index in stride(from: dividend.count - 1, to: 0, by: -1) {
      u[index] = dividend[index] << shift | (shift == 0 ? 0 : dividend[index - 1] >> (32 - shift))
    }
    u[0] = dividend[0] << shift
    var quotient = [UInt32](repeating: 0, count: m + 1)
    let base: UInt64 = 1 << 32
    let top = UInt64(v[n - 1])
    let second = UInt64(v[n - 2])
    for j in stride(from: m, through: 0, by: -1) {
      let numerator = UInt64(u[j + n]) << 32 | UInt64(u[j + n - 1])
      var estimate = numerator / top
      var rest = numerator % top
      while estimate >= base || estimate * second > (rest << 32 | UInt64(u[j + n - 2])) {
        estimate -= 1
        rest += top
        if rest >= base { break }
      }
      var borrow: Int64 = 0
      var carry: UInt64 = 0
      for index in 0..<n {
        let product = estimate * UInt64(v[index]) + carry
        carry = product >> 32
        let difference = Int64(u[index + j]) - borrow - Int64(product & 0xFFFF_FFFF)
        u[index + j] = UInt32(truncatingIfNeeded: difference)
        borrow = difference < 0 ? 1 : 0
      }
      let difference = Int64(u[j + n]) - borrow - Int64(carry)
      u[j + n] = UInt32(truncatingIfNeeded: difference)
      if difference < 0 {
        estimate -= 1
        var sumCarry: UInt64 = 0
        for index in 0..<n {
          let sum = UInt64(u[index + j]) + UInt64(v[index]) + sumCarry
          u[index + j] = UInt32(truncatingIfNeeded: sum)
          sumCarry = sum >> 32
        }
        u[j + n] = UInt32(truncatingIfNeeded: UInt64(u[j + n]) + sumCarry)
      }
      quotient[j] = UInt32(estimate)
    }
    var remainder = [UInt32](repeating: 0, count: n)
    for index in 0..<n {
      remainder[index] = u[index] >> shift | (shift == 0 ? 0 : u[index + 1] << (32 - shift))
    }
    return (quotient, remainder)
  }
}
