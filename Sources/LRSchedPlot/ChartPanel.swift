/// The series of one panel of a chart, with that panel's y-axis settings.
public struct ChartPanel: Sendable, Hashable {
  public var axis: ChartAxis
  public var yLabel: String
  public var scale: AxisScale
  public var yRange: ClosedRange<Double>?
  /// The panel's series, each with its palette index already resolved.
  public var series: [ChartSeries]

  public init(
    axis: ChartAxis, yLabel: String, scale: AxisScale, yRange: ClosedRange<Double>?,
    series: [ChartSeries]
  ) {
    self.axis = axis
    self.yLabel = yLabel
    self.scale = scale
    self.yRange = yRange
    self.series = series
  }
}
