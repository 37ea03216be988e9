/// Exact addition, subtraction, multiplication and shifts.
extension BigInt {
  public static func + (lhs: BigInt, rhs: BigInt) -> BigInt {
    if lhs.isNegative == rhs.isNegative {
      return BigInt(isNegative: lhs.isNegative, limbs: addMagnitudes(lhs.limbs, rhs.limbs))
    }
    if compareMagnitudes(lhs.limbs, rhs.limbs) >= 0 {
      return BigInt(isNegative: lhs.isNegative, limbs: subtractMagnitudes(lhs.limbs, rhs.limbs))
    }
    return BigInt(isNegative: rhs.isNegative, limbs: subtractMagnitudes(rhs.limbs, lhs.limbs))
  }

  public static prefix func - (operand: BigInt) -> BigInt {
    BigInt(isNegative: !operand.isNegative, limbs: operand.limbs)
  }

  public static func - (lhs: BigInt, rhs: BigInt) -> BigInt {
    lhs + -rhs
  }

  public static func * (lhs: BigInt, rhs: BigInt) -> BigInt {
    BigInt(
      isNegative: lhs.isNegative != rhs.isNegative,
      limbs: multiplyMagnitudes(lhs.limbs, rhs.limbs))
  }

  /// The magnitude times 2**`count`, with the sign kept.
  static func << (value: BigInt, count: Int) -> BigInt {
    guard count > 0, !value.isZero else { return value }
    let whole = count / 32
    let bits = UInt32(count % 32)
    var limbs = [UInt32](repeating: 0, count: whole)
    limbs.reserveCapacity(whole + value.limbs.count + 1)
    var carry: UInt32 = 0
    for limb in value.limbs {
      limbs.append(limb << bits | carry)
      carry = bits == 0 ? 0 : limb >> (32 - bits)
    }
    limbs.append(carry)
    return BigInt(isNegative: value.isNegative, limbs: limbs)
  }

  /// The magnitude divided by 2**`count`, truncated, with the sign kept.
  static func >> (value: BigInt, count: Int) -> BigInt {
    guard count > 0 else { return value }
    let whole = count / 32
    guard whole < value.limbs.count else { return BigInt(0) }
    let bits = UInt32(count % 32)
    var limbs: [UInt32] = []
    limbs.reserveCapacity(value.limbs.count - whole)
    for index in whole..<value.limbs.count {
      let high = index + 1 < value.limbs.count ? value.limbs[index + 1] : 0
      limbs.append(value.limbs[index] >> bits | (bits == 0 ? 0 : high << (32 - bits)))
    }
    return BigInt(isNegative: value.isNegative, limbs: limbs)
  }

  static func addMagnitudes(_ lhs: [UInt32], _ rhs: [UInt32]) -> [UInt32] {
    let (long, short) = lhs.count >= rhs.count ? (lhs, rhs) : (rhs, lhs)
    var result: [UInt32] = []
    result.reserveCapacity(long.count + 1)
    var carry: UInt64 = 0
    for index in 0..<long.count {
      let sum = UInt64(long[index]) + (index < short.count ? UInt64(short[index]) : 0) + carry
      result.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    result.append(UInt32(carry))
    return result
  }

  /// `lhs - rhs` for magnitudes with `lhs >= rhs`.
  static func subtractMagnitudes(_ lhs: [UInt32], _ rhs: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(lhs.count)
    var borrow: Int64 = 0
    for index in 0..<lhs.count {
      let difference = Int64(lhs[index]) - (index < rhs.count ? Int64(rhs[index]) : 0) - borrow
      result.append(UInt32(truncatingIfNeeded: difference))
      borrow = difference < 0 ? 1 : 0
    }
    return result
  }

  static func multiplyMagnitudes(_ lhs: [UInt32], _ rhs: [UInt32]) -> [UInt32] {
    guard !lhs.isEmpty, !rhs.isEmpty else { return [] }
    var result = [UInt32](repeating: 0, count: lhs.count + rhs.count)
    result.withUnsafeMutableBufferPointer { out in
      for i in 0..<lhs.count {
        let factor = UInt64(lhs[i])
        if factor == 0 { continue }
        var carry: UInt64 = 0
        for j in 0..<rhs.count {
          let product = factor * UInt64(rhs[j]) + UInt64(out[i + j]) + carry
          out[i + j] = UInt32(truncatingIfNeeded: product)
          carry = product >> 32
        }
        out[i + rhs.count] = UInt32(carry)
      }
    }
    return result
  }
}
