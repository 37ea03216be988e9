import LRSchedPlot

/// A panel's legend: its entries, their arrangement in rows and columns, its box size, and
/// where it may go.
///
/// Inside the plot area placement follows matplotlib's `loc="best"`: the corners, edge midpoints
/// and centre are tried in matplotlib's order and the first that covers no drawn curve is taken.
/// ``CairoChartLayout`` decides what happens when none is free (outside the axes, right of the
/// plot area or above it, in as many columns as fit).
struct CairoLegend: Sendable {
  let entries: [ChartSeries]
  /// The entries' names as shown: cut to fit their column (see ``CairoTextFit/distinct``).
  let names: [String]
  /// Entries per row; entries fill the rows left to right, top to bottom.
  let columns: Int
  /// Each column's width: the handle, its gap and the column's widest name.
  let columnWidths: [Double]
  let width: Double
  let height: Double
  let rowHeight: Double
  let ascent: Double

  /// The legend of `panel` in `columns` columns, at most `maxWidth` points wide (names are cut to
  /// fit), or `nil` when it has nothing to say (see ``entries(panel:chart:)``).
  init?(
    panel: ChartPanel, chart: Chart, context: CairoContext, maxWidth: Double = .infinity,
    columns: Int = 1
  ) {
    let entries = Self.entries(panel: panel, chart: chart)
    guard !entries.isEmpty else { return nil }
    let theme = CairoTheme.self
    let columns = min(max(columns, 1), entries.count)
    context.setFont(size: theme.legendSize)
    let font = context.fontExtents
    let handle = theme.legendHandle + theme.legendHandleGap
    let room = (maxWidth - 2 * theme.legendPad - Double(columns - 1) * theme.legendColumnGap) / Double(columns)
    let names = CairoTextFit.distinct(entries.map(\.name), width: max(room - handle, 12), context: context)
    let nameWidths = names.map { context.width($0) }
    let columnWidths = (0..<columns).map { column in
      handle + (stride(from: column, to: names.count, by: columns).map { nameWidths[$0] }.max() ?? 0)
    }
    let rows = (entries.count + columns - 1) / columns
    self.entries = entries
    self.names = names
    self.columns = columns
    self.columnWidths = columnWidths
    self.rowHeight = font.ascent + font.descent
    self.ascent = font.ascent
    self.width =
      2 * theme.legendPad + columnWidths.reduce(0, +) + Double(columns - 1) * theme.legendColumnGap
    self.height =
      2 * theme.legendPad + Double(rows) * rowHeight + Double(rows - 1) * theme.legendRowGap
  }

  /// The legend of `panel` at most `maxWidth` points wide in at most `maxRows` rows: the fewest
  /// rows whose names fit uncut, in the fewest columns giving those rows; else `maxRows` rows
  /// with names cut, when each keeps at least ``minimumNameWidth``; else `nil`.
  static func arranged(
    panel: ChartPanel, chart: Chart, context: CairoContext, maxWidth: Double, maxRows: Int = .max
  ) -> CairoLegend? {
    let count = entries(panel: panel, chart: chart).count
    guard count > 0, maxRows > 0 else { return nil }
    for rows in 1...min(count, maxRows) {
      let columns = (count + rows - 1) / rows
      guard (count + columns - 1) / columns == rows else { continue }
      if let legend = CairoLegend(panel: panel, chart: chart, context: context, columns: columns),
        legend.width <= maxWidth
      {
        return legend
      }
    }
    let columns = (count + min(count, maxRows) - 1) / min(count, maxRows)
    let theme = CairoTheme.self
    let room =
      (maxWidth - 2 * theme.legendPad - Double(columns - 1) * theme.legendColumnGap) / Double(columns)
      - theme.legendHandle - theme.legendHandleGap
    guard room >= minimumNameWidth else { return nil }
    return CairoLegend(
      panel: panel, chart: chart, context: context, maxWidth: maxWidth, columns: columns)
  }

  /// The least width (points) a name is cut to when a legend's columns are narrowed.
  static let minimumNameWidth = 50.0

  /// The named series of `panel`; none when the legend would only repeat what the chart says:
  /// the chart's only named series repeats the title, the panel's only one repeats the title or
  /// the panel's y label, or each of the panel's is named "<name>: <y label>" after a series of
  /// its colour in another panel (a schedule's momentum below its learning rate).
  static func entries(panel: ChartPanel, chart: Chart) -> [ChartSeries] {
    if chart.legendRepeatsTitle { return [] }
    let named = panel.series.filter { !$0.name.isEmpty }
    if named.count == 1, [chart.title, panel.yLabel].contains(named[0].name) { return [] }
    let others = chart.panels.filter { $0.axis != panel.axis }.flatMap(\.series)
    let echoes = named.allSatisfy { item in
      others.contains { $0.colorIndex == item.colorIndex && item.name == "\($0.name): \(panel.yLabel)" }
    }
    if !panel.yLabel.isEmpty, echoes { return [] }
    return named
  }

  /// The top-left corner of entry `index`'s row in `box`.
  func origin(of index: Int, in box: PlotRect) -> PlotPoint {
    let row = index / columns
    let column = index % columns
    let left = columnWidths.prefix(column).reduce(0, +) + Double(column) * CairoTheme.legendColumnGap
    return PlotPoint(
      x: box.minX + CairoTheme.legendPad + left,
      y: box.minY + CairoTheme.legendPad + Double(row) * (rowHeight + CairoTheme.legendRowGap))
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

  /// The box above `rect`, outside the axes, centred on it.
  func outsideBox(above of: PlotRect) -> PlotRect {
    PlotRect(
      x: of.midX - width / 2, y: of.minY - CairoTheme.legendInset - height, width: width,
      height: height)
  }

  /// The box right of `rect`, outside the axes, aligned with its top.
  func outsideBox(right of: PlotRect) -> PlotRect {
    PlotRect(x: of.maxX + CairoTheme.legendInset, y: of.minY, width: width, height: height)
  }
}
