extension BigInt: Comparable {
  public static func < (lhs: BigInt, rhs: BigInt) -> Bool {
    compare(lhs, rhs) < 0
  }

  /// -1, 0 or 1 as `lhs` is below, equal to or above `rhs`.
  static func compare(_ lhs: BigInt, _ rhs: BigInt) -> Int {
    if lhs.isNegative != rhs.isNegative { return lhs.isNegative ? -1 : 1 }
    let order = compareMagnitudes(lhs.limbs, rhs.limbs)
    return lhs.isNegative ? -order : order
  }

  /// -1, 0 or 1 as the magnitude `lhs` is below, equal to or above `rhs`.
  static func compareMagnitudes(_ lhs: [UInt32], _ rhs: [UInt32]) -> Int {
    if lhs.count != rhs.count { return lhs.count < rhs.count ? -1 : 1 }
    var index = lhs.count - 1
    while index >= 0 {
      if lhs[index] != rhs[index] { return lhs[index] < rhs[index] ? -1 : 1 }
      index -= 1
    }
    return 0
  }
}
