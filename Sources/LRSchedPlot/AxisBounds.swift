import Foundation

/// Data extents and their repair into drawable axis ranges.
public enum AxisBounds {
  /// Magnitudes beyond this are clamped so spans and fractions stay finite.
  public static let limit = 1e300

  /// The smallest and largest values that `scale` can place (finite, and
  /// positive on a log scale), or `nil` when there are none. O(n).
  public static func extent(of values: [Double], scale: AxisScale) -> ClosedRange<Double>? {
    var low = Double.infinity
    var high = -Double.infinity
    values.withUnsafeBufferPointer { buffer in
      switch scale {
      case .linear:
        for value in buffer where value.isFinite {
          if value < low { low = value }
          if value > high { high = value }
        }
      case .logarithmic:
        for value in buffer where value.isFinite && value > 0 {
          if value < low { low = value }
          if value > high { high = value }
        }
      }
    }
    return low <= high ? low...high : nil
  }

  /// The union of two optional extents.
  public static func union(_ a: ClosedRange<Double>?, _ b: ClosedRange<Double>?) -> ClosedRange<
    Double
  >? {
    guard let a else { return b }
    guard let b else { return a }
    return min(a.lowerBound, b.lowerBound)...max(a.upperBound, b.upperBound)
  }

  /// Whether `range` can be used as given: finite, non-empty, positive on a log scale.
  public static func isUsable(_ range: ClosedRange<Double>, scale: AxisScale) -> Bool {
    let (low, high) = (range.lowerBound, range.upperBound)
    guard low.isFinite, high.isFinite, low < high, high - low < .infinity else { return false }
    if scale == .logarithmic { return low > 0 }
    return abs(low) <= limit && abs(high) <= limit
  }

  /// A drawable range for an extent: unchanged when usable, otherwise
  /// widened around it. No data gives [0, 1] (linear) or [1, 10] (log);
  /// a single value v gives [0, 2v] (or [2v, 0], or [-1, 1] for zero) on a
  /// linear scale and [v/10, 10v] on a log scale. A span too small for the
  /// magnitude counts as a single value.
  public static func widened(_ extent: ClosedRange<Double>?, scale: AxisScale) -> ClosedRange<
    Double
  > {
    guard let extent else { return scale == .linear ? 0...1 : 1...10 }
    switch scale {
    case .linear:
      let low = clamp(extent.lowerBound)
      let high = clamp(extent.upperBound)
      let middle = low / 2 + high / 2
      if high - low > abs(middle) * 1e-12 { return low...high }
      if middle == 0 { return -1...1 }
      return middle > 0 ? 0...(2 * middle) : (2 * middle)...0
    case .logarithmic:
      let low = min(max(extent.lowerBound, Double.leastNormalMagnitude), limit)
      let high = min(max(extent.upperBound, low), limit)
      if high > low * (1 + 1e-12) { return low...high }
      return (low / 10)...(low * 10)
    }
  }

  static func clamp(_ value: Double) -> Double {
    min(max(value, -limit), limit)
  }
}
