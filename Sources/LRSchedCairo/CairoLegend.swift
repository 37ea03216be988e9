import LRSchedPlot

/// A panel's legend: its entries and box size, and where it goes.
///
/// Placement follows matplotlib's `loc="best"`: the corners, edge midpoints and centre of the
/// plot area are tried in matplotlib's order and the first that covers no drawn curve is taken;
/// when every one covers some curve, the legend goes outside the axes, right of the plot area
/// (``CairoChartLayout`` reserves the room), or, when even that does not fit, in the candidate
/// covering the least curve length.
struct CairoLegend {
  let entries: [ChartSeries]
  let width: Double
  let height: Double
  let rowHeight: Double
  let ascent: Double

  /// The legend of `panel`, or `nil` when it has nothing to say: no named series, or a single
  /// series of the whole chart whose name only repeats the title.
  init?(panel: ChartPanel, chart: Chart, context: CairoContext) {
    let entries = Self.entries(panel: panel, chart: chart)
    guard !entries.isEmpty else { return nil }
    context.setFont(size: CairoTheme.legendSize)
    let font = context.fontExtents
    let textWidth = entries.map { context.width($0.name) }.max() ?? 0
    self.entries = entries
    self.rowHeight = font.ascent + font.descent
    self.ascent = font.ascent
    self.width =
      2 * CairoTheme.legendPad + CairoTheme.legendHandle + CairoTheme.legendHandleGap + textWidth
    self.height =
      2 * CairoTheme.legendPad + Double(entries.count) * rowHeight
      + Double(entries.count - 1) * CairoTheme.legendRowGap
  }

  /// The named series of `panel`, none when the chart's only named series repeats the title.
  static func entries(panel: ChartPanel, chart: Chart) -> [ChartSeries] {
    if chart.legendRepeatsTitle { return [] }
    return panel.series.filter { !$0.name.isEmpty }
  }

  /// The candidate boxes inside `rect`, in matplotlib's order of preference (upper right, upper
  /// left, lower left, lower right, centre right, centre left, lower centre, upper centre, centre).
  func candidates(in rect: PlotRect) -> [PlotRect] {
    let inset = CairoTheme.legendInset
    guard width + 2 * inset <= rect.width, height + 2 * inset <= rect.height else { return [] }
    let lefts = [rect.maxX - inset - width, rect.minX + inset, rect.midX - width / 2]
    let tops = [rect.minY + inset, rect.maxY - inset - height, rect.midY - height / 2]
    let order: [(Int, Int)] = [
      (0, 0), (1, 0), (1, 1), (0, 1), (0, 2), (1, 2), (2, 1), (2, 0), (2, 2),
    ]
    return order.map { PlotRect(x: lefts[$0.0], y: tops[$0.1], width: width, height: height) }
  }

  /// The first candidate covering none of `lines`, or `nil`.
  func freeBox(in rect: PlotRect, lines: [[PlotPoint]]) -> PlotRect? {
    candidates(in: rect).first { CairoChartPainter.overlap(of: lines, with: $0.insetBy(-1)) == 0 }
  }

  /// The candidate covering the least curve length, or `nil` when the legend does not fit.
  func leastCoveringBox(in rect: PlotRect, lines: [[PlotPoint]]) -> PlotRect? {
    var best: (box: PlotRect, overlap: Double)?
    for box in candidates(in: rect) {
      let overlap = CairoChartPainter.overlap(of: lines, with: box)
      if best.map({ overlap < $0.overlap }) ?? true { best = (box, overlap) }
    }
    return best?.box
  }

  /// The box right of `rect`, outside the axes, aligned with its top.
  func outsideBox(right of: PlotRect) -> PlotRect {
    PlotRect(x: of.maxX + CairoTheme.legendInset, y: of.minY, width: width, height: height)
  }
}
