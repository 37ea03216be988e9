import Foundation

/// An axis ready to draw: its scale, its range and its ticks.
public struct ResolvedAxis: Sendable, Hashable {
  public var scale: AxisScale
  public var range: ClosedRange<Double>
  public var ticks: [Tick]
  /// Unlabelled minor tick positions (2…9 × 10^k on log axes; empty on linear ones).
  public var minorTicks: [Double]

  public init(
    scale: AxisScale, range: ClosedRange<Double>, ticks: [Tick], minorTicks: [Double] = []
  ) {
    self.scale = scale
    self.range = range
    self.ticks = ticks
    self.minorTicks = minorTicks
  }

  /// Resolves an axis for data spanning `extent`.
  ///
  /// A usable `explicit` range is taken as is; otherwise the extent is
  /// repaired by ``AxisBounds/widened(_:scale:)`` and fitted by `fit`. Ticks
  /// lie inside the final range.
  public init(
    extent: ClosedRange<Double>?, explicit: ClosedRange<Double>? = nil, scale: AxisScale,
    fit: AxisFit, targetTickCount: Int
  ) {
    let range: ClosedRange<Double>
    if let explicit, AxisBounds.isUsable(explicit, scale: scale) {
      range = explicit
    } else {
      range = Self.fitted(
        AxisBounds.widened(extent, scale: scale), scale: scale, fit: fit,
        targetTickCount: targetTickCount)
    }
    self.scale = scale
    self.range = range
    switch scale {
    case .linear:
      ticks = NiceTicks.linear(in: range, targetCount: targetTickCount)
      minorTicks = []
    case .logarithmic:
      ticks = NiceTicks.logarithmic(in: range, maxCount: targetTickCount)
      let decades = ticks.compactMap(\.decadeExponent)
      let consecutive = zip(decades, decades.dropFirst()).allSatisfy { $1 - $0 == 1 }
      minorTicks =
        decades.count >= 2 && consecutive
        ? NiceTicks.logarithmicMinor(lower: range.lowerBound, upper: range.upperBound) : []
    }
  }

  /// Where `value` sits along the axis, 0 at the lower end and 1 at the upper.
  @inlinable
  public func fraction(of value: Double) -> Double {
    scale.fraction(of: value, in: range)
  }

  /// The range in the scale's evenly spaced coordinates (see ``AxisScale/coordinate(of:)``).
  public var coordinateRange: ClosedRange<Double> {
    let low = scale.coordinate(of: range.lowerBound)
    let high = scale.coordinate(of: range.upperBound)
    return low <= high ? low...high : high...low
  }

  /// `values` to draw against this axis: on a log scale each zero or negative one is moved an
  /// axis' length below the lower end, so a line falling to zero runs off the bottom as
  /// matplotlib's clipping draws it, instead of breaking; otherwise `values` as they are.
  public func placingNonPositive(_ values: [Double]) -> [Double] {
    guard scale == .logarithmic else { return values }
    let below = range.lowerBound * (range.lowerBound / range.upperBound)
    guard below > 0, values.contains(where: { $0 <= 0 }) else { return values }
    return values.map { $0 <= 0 ? below : $0 }
  }

  static func fitted(
    _ base: ClosedRange<Double>, scale: AxisScale, fit: AxisFit, targetTickCount: Int
  ) -> ClosedRange<Double> {
    switch (fit, scale) {
    case (.exact, _):
      return base
    case (.padded(let fraction), .linear):
      let pad = (base.upperBound - base.lowerBound) * max(0, min(fraction, 10))
      return AxisBounds.clamp(base.lowerBound - pad)...AxisBounds.clamp(base.upperBound + pad)
    case (.padded(let fraction), .logarithmic):
      let low = log10(base.lowerBound)
      let high = log10(base.upperBound)
      let pad = (high - low) * max(0, min(fraction, 10))
      let range = pow(10, low - pad)...pow(10, high + pad)
      return AxisBounds.isUsable(range, scale: .logarithmic) ? range : base
    case (.niceBounds, .linear):
      return NiceTicks.looseBounds(
        lower: base.lowerBound, upper: base.upperBound, targetCount: targetTickCount)
    case (.niceBounds, .logarithmic):
      guard
        let lowExponent = SafeInt.from(log10(base.lowerBound) + 1e-9, rounding: .down, in: -307...300),
        let highExponent = SafeInt.from(log10(base.upperBound) - 1e-9, rounding: .up, in: -307...300)
      else { return base }
      let low = TickLabelFormatter.power(lowExponent)
      let high = TickLabelFormatter.power(highExponent)
      let range = low...max(high, low * 10)
      return AxisBounds.isUsable(range, scale: .logarithmic) ? range : base
    }
  }
}
