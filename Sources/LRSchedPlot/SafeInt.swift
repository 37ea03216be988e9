import Foundation

/// Conversions from `Double` to `Int` that cannot trap: every plotting path that turns a
/// coordinate, a quotient or a logarithm into an integer goes through here.
public enum SafeInt {
  /// The largest magnitude returned: far beyond any pixel, tick index or exponent, far inside `Int`.
  public static let limit = 1 << 52

  /// `value` rounded by `rule` and clamped to ±``limit`` (and to `range` when given); `nil` for NaN.
  public static func from(
    _ value: Double, rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero,
    in range: ClosedRange<Int>? = nil
  ) -> Int? {
    guard !value.isNaN else { return nil }
    let bound = Double(limit)
    let integer = Int(min(max(value.rounded(rule), -bound), bound))
    guard let range else { return integer }
    return min(max(integer, range.lowerBound), range.upperBound)
  }

  /// The decimal exponent ⌊log10 |value|⌋ of a finite non-zero value (−324 for the smallest
  /// denormal), or `nil` for zero and non-finite values.
  public static func decimalExponent(of value: Double) -> Int? {
    guard value.isFinite, value != 0 else { return nil }
    return from(log10(abs(value)), rounding: .down)
  }
}
