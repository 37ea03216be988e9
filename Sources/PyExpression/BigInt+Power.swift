/// Exact powers, refused before computing when too wide.
extension BigInt {
  /// `self ** exponent` for `exponent >= 0`, by repeated squaring; `nil` when
  /// the result would have more than `maximumBitWidth` bits. The bound is
  /// checked first from the result's width, which lies between
  /// `(w - 1) * exponent + 1` and `w * exponent` for a base of width `w >= 2`,
  /// so a refusal costs no arithmetic.
  func power(_ exponent: Int, maximumBitWidth: Int = BigInt.maximumBitWidth) -> BigInt? {
    precondition(exponent >= 0)
    if exponent == 0 { return BigInt(1) }
    if magnitude.bitWidth <= 1 {
      return isNegative && exponent % 2 == 0 ? -self : self
    }
    let (lower, overflow) = (bitWidth - 1).multipliedReportingOverflow(by: exponent)
    if overflow || lower >= maximumBitWidth { return nil }
    var result = BigInt(1)
    var square = self
    var remaining = exponent
    while true {
      if remaining & 1 == 1 { result = result * square }
      remaining >>= 1
      if remaining == 0 { break }
      square = square * square
    }
    return result.bitWidth <= maximumBitWidth ? result : nil
  }
}
