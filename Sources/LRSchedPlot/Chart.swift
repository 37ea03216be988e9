/// A line chart: what both the terminal and the Cairo renderers draw.
///
/// The x axis is linear, or logarithmic with decade ticks when `logX` (x values that are not
/// positive are then left out, breaking their line). Series on ``ChartAxis/primary`` go in the main panel, series on
/// ``ChartAxis/secondary`` in a second panel below it with its own y axis
/// (`secondaryYLabel`, `secondaryLogY`, `secondaryYRange`). The panels share
/// the x axis and the markers. Ranges left `nil` are fitted to the data.
public struct Chart: Sendable, Hashable {
  public var title: String
  public var xLabel: String
  public var yLabel: String
  public var logY: Bool
  public var logX: Bool
  public var series: [ChartSeries]
  public var markers: [ChartMarker]
  public var secondaryYLabel: String
  public var secondaryLogY: Bool
  /// Fixed x limits; invalid limits (empty, non-finite, not positive on a log axis) are ignored.
  public var xRange: ClosedRange<Double>?
  /// Fixed primary y limits; ignored when invalid or, on a log axis, not positive.
  public var yRange: ClosedRange<Double>?
  /// Fixed secondary y limits, with the same rules as `yRange`.
  public var secondaryYRange: ClosedRange<Double>?

  public init(
    title: String = "", xLabel: String = "", yLabel: String = "", logY: Bool = false,
    logX: Bool = false, series: [ChartSeries] = [], markers: [ChartMarker] = [],
    secondaryYLabel: String = "", secondaryLogY: Bool = false,
    xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
    secondaryYRange: ClosedRange<Double>? = nil
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.logY = logY
    self.logX = logX
    self.series = series
    self.markers = markers
    self.secondaryYLabel = secondaryYLabel
    self.secondaryLogY = secondaryLogY
    self.xRange = xRange
    self.yRange = yRange
    self.secondaryYRange = secondaryYRange
  }

  /// The x axis' scale.
  public var xScale: AxisScale { logX ? .logarithmic : .linear }

  /// Whether the legend would only repeat the title: the chart's one named series is named as
  /// the title. Renderers then leave the legend out.
  public var legendRepeatsTitle: Bool {
    let named = series.filter { !$0.name.isEmpty }
    return named.count == 1 && named[0].name == title
  }
}
