import LRSchedPlot

/// A panel's legend: its entries and box size, and where it goes.
///
/// Placement follows matplotlib's `loc="best"`: the corners, edge midpoints and centre of the
/// plot area are tried in matplotlib's order and the first that covers no drawn curve is taken;
/// when every one covers some curve, the legend goes outside the axes, right of the plot area
/// or above it (``CairoChartLayout`` reserves the room), or, when neither leaves a usable plot
/// area, in the candidate covering the least curve length.
struct CairoLegend {
  let entries: [ChartSeries]
  /// The entries' names as shown: cut short with "…" to fit `maxWidth`.
  let names: [String]
  let width: Double
  let height: Double
  let rowHeight: Double
  let ascent: Double

  /// The legend of `panel`, or `nil` when it has nothing to say: no named series, or a single
  /// series of the whole chart whose name only repeats the title.
  /// The box is at most `maxWidth` points wide; longer names are cut short with "…".
  init?(panel: ChartPanel, chart: Chart, context: CairoContext, maxWidth: Double = .infinity) {
    let entries = Self.entries(panel: panel, chart: chart)
    guard !entries.isEmpty else { return nil }
    context.setFont(size: CairoTheme.legendSize)
    let font = context.fontExtents
    let room = max(
      maxWidth - 2 * CairoTheme.legendPad - CairoTheme.legendHandle - CairoTheme.legendHandleGap, 12)
    let names = entries.map { Self.fitted($0.name, width: room, context: context) }
    let textWidth = names.map { context.width($0) }.max() ?? 0
    self.entries = entries
    self.names = names
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

  /// The box above `rect`, outside the axes, aligned with its left edge.
  func outsideBox(above of: PlotRect) -> PlotRect {
    PlotRect(x: of.minX, y: of.minY - CairoTheme.legendInset - height, width: width, height: height)
  }

  /// `text` in the current font, cut short with "…" to fit `width`.
  static func fitted(_ text: String, width: Double, context: CairoContext) -> String {
    guard context.width(text) > width else { return text }
    let characters = Array(text)
    var low = 0
    var high = characters.count
    while low < high {
      let middle = (low + high + 1) / 2
      if context.width(String(characters.prefix(middle)) + "…") <= width {
        low = middle
      } else {
        high = middle - 1
      }
    }
    return String(characters.prefix(low)) + "…"
  }

  /// The box right of `rect`, outside the axes, aligned with its top.
  func outsideBox(right of: PlotRect) -> PlotRect {
    PlotRect(x: of.maxX + CairoTheme.legendInset, y: of.minY, width: width, height: height)
  }
}
