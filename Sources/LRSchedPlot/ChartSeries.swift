/// One named curve of a chart.
///
/// Points pair `xs[i]` with `ys[i]`; extra values in the longer array are
/// ignored. Non-finite values (and non-positive ones on a log axis) break
/// the line instead of being drawn.
public struct ChartSeries: Sendable, Hashable {
  public var name: String
  public var xs: [Double]
  public var ys: [Double]
  /// Index into the palette; `nil` uses the series' position in the chart.
  public var colorIndex: Int?
  public var style: ChartLineStyle
  public var axis: ChartAxis
  /// Steps (a learning rate in effect until the next point) or straight lines between points.
  public var drawStyle: SeriesDrawStyle
  /// Drawn lighter in images: a noisy curve (a per-batch loss) behind the curves that summarise
  /// it in the same colour (the per-epoch validation loss). The terminal draws it as any other.
  public var faded: Bool

  public init(
    name: String, xs: [Double], ys: [Double], colorIndex: Int? = nil,
    style: ChartLineStyle = .solid, axis: ChartAxis = .primary, drawStyle: SeriesDrawStyle = .line,
    faded: Bool = false
  ) {
    self.name = name
    self.xs = xs
    self.ys = ys
    self.colorIndex = colorIndex
    self.style = style
    self.axis = axis
    self.drawStyle = drawStyle
    self.faded = faded
  }

  /// A series whose x values are the indices 0, 1, 2, … of `ys`.
  public init(
    name: String, ys: [Double], colorIndex: Int? = nil,
    style: ChartLineStyle = .solid, axis: ChartAxis = .primary, drawStyle: SeriesDrawStyle = .line
  ) {
    self.init(
      name: name, xs: ys.indices.map(Double.init), ys: ys, colorIndex: colorIndex,
      style: style, axis: axis, drawStyle: drawStyle)
  }

  /// The number of drawable (x, y) pairs: the shorter of `xs` and `ys`.
  public var count: Int { min(xs.count, ys.count) }
}
