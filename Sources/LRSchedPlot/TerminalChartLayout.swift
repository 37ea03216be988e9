/// Where the parts of a terminal chart go: rows from the top, columns from the left.
///
/// Top to bottom: the title (centred over the plot area) with the y-axis label at its left (on a
/// line of its own when they would touch), the top frame line, the panels with a frame line
/// between them, the bottom frame line, x tick labels, the x-axis label and the footer (legend
/// and marker key). When the height is too small, the footer, then the x label, then the header
/// (y label line, title) are left out. Y axes are widened to whole ticks (whole decades on a log
/// scale); the x axis spans the data exactly, with decade ticks on a log scale.
struct TerminalChartLayout {
  var showTitle: Bool
  var showYLabel: Bool
  var showXLabel: Bool
  var showFooter: Bool
  var titleRow = 0
  var yLabelRow = 0
  var topBorder = 0
  var panelTops: [Int] = []
  var panelRows: [Int]
  var bottomBorder = 0
  var xTickRow = 0
  var xLabelRow = 0
  var footerRow = 0
  var totalRows = 0
  var yAxes: [ResolvedAxis]
  /// Per panel, the y ticks on distinct cell rows of the panel (top row 0).
  var yTickRows: [[(row: Int, label: String)]]
  var labelWidth: Int
  var frameLeft: Int
  var plotLeft: Int
  var plotColumns: Int
  var frameRight: Int
  var xAxis: ResolvedAxis

  /// The layout of `chart` (whose panels are `panels`) in `width` × `height` cells with
  /// `footerRows` rows of legend and key wanted.
  init(chart: Chart, panels: [ChartPanel], width: Int, height: Int, footerRows: Int) {
    let yLabel = panels.first?.yLabel ?? ""
    var title = !chart.title.isEmpty
    var label = !yLabel.isEmpty
    var xLabel = !chart.xLabel.isEmpty
    var footer = footerRows > 0
    let sharedHeader = yLabel.count + 1 < (width + 2 - chart.title.count) / 2
    func plotRows() -> Int {
      let header = title || label ? (title && label && !sharedHeader ? 2 : 1) : 0
      return height - header - (footer ? footerRows : 0) - 1 - (xLabel ? 1 : 0) - (panels.count + 1)
    }
    let minimumRows = panels.count
    if plotRows() < minimumRows { footer = false }
    if plotRows() < minimumRows { xLabel = false }
    if plotRows() < minimumRows, !sharedHeader { label = false }
    if plotRows() < minimumRows { title = false }
    if plotRows() < minimumRows { label = false }
    let totalPlotRows = max(plotRows(), minimumRows)
    (showTitle, showYLabel, showXLabel, showFooter) = (title, label, xLabel, footer)
    panelRows = [totalPlotRows]
    if panels.count == 2 {
      let secondary = max(1, totalPlotRows / 3)
      panelRows = [totalPlotRows - secondary, secondary]
    }

    var xExtent: ClosedRange<Double>?
    for item in chart.series {
      xExtent = AxisBounds.union(
        xExtent, AxisBounds.extent(of: Self.prefix(item.xs, item.count), scale: chart.xScale))
    }
    yAxes = zip(panels, panelRows).map { panel, rows in
      var extent: ClosedRange<Double>?
      for item in panel.series {
        extent = AxisBounds.union(
          extent, AxisBounds.extent(of: Self.prefix(item.ys, item.count), scale: panel.scale))
      }
      let target = panel.scale == .linear ? min(max(rows / 3 + 1, 2), 7) : max(rows / 2, 2)
      return ResolvedAxis(
        extent: extent, explicit: panel.yRange, scale: panel.scale, fit: .niceBounds,
        targetTickCount: target)
    }
    yTickRows = zip(yAxes, panelRows).map { axis, rows in Self.tickRows(axis: axis, rows: rows) }
    labelWidth = max(1, yTickRows.flatMap { $0.map(\.label.count) }.max() ?? 1)
    frameLeft = labelWidth + 1
    plotLeft = frameLeft + 1
    plotColumns = max(4, width - plotLeft - 1)
    frameRight = plotLeft + plotColumns
    xAxis = ResolvedAxis(
      extent: xExtent, explicit: chart.xRange, scale: chart.xScale, fit: .exact,
      targetTickCount: chart.logX ? min(max(plotColumns / 7 + 1, 2), 12) : min(max(plotColumns / 12 + 1, 2), 10))

    var row = 0
    titleRow = row
    if showTitle { row += 1 }
    yLabelRow = showTitle && sharedHeader ? titleRow : row
    if showYLabel && !(showTitle && sharedHeader) { row += 1 }
    topBorder = row
    row += 1
    for rows in panelRows {
      panelTops.append(row)
      row += rows + 1
    }
    bottomBorder = row - 1
    xTickRow = row
    row += 1
    xLabelRow = row
    if showXLabel { row += 1 }
    footerRow = row
    if showFooter { row += footerRows }
    totalRows = row
  }

  /// The dot column of `x` on the x axis, or `nil` when it is off the axis.
  func dotColumn(of x: Double) -> Int? {
    let dotWidth = plotColumns * 2
    let fraction = xAxis.fraction(of: x)
    guard fraction.isFinite, fraction >= -1e-9, fraction <= 1 + 1e-9 else { return nil }
    return SafeInt.from(fraction * Double(dotWidth - 1), in: 0...(dotWidth - 1))
  }

  /// The y ticks that land on distinct cell rows of a panel `rows` high, top row 0.
  static func tickRows(axis: ResolvedAxis, rows: Int) -> [(row: Int, label: String)] {
    let dotHeight = rows * 4
    var result: [(row: Int, label: String)] = []
    for tick in axis.ticks {
      let fraction = axis.fraction(of: tick.value)
      guard fraction.isFinite, fraction >= -1e-9, fraction <= 1 + 1e-9 else { continue }
      guard let dot = SafeInt.from((1 - fraction) * Double(dotHeight - 1), in: 0...(dotHeight - 1))
      else { continue }
      let row = dot / 4
      guard !result.contains(where: { $0.row == row }) else { continue }
      result.append((row, tick.label))
    }
    return result
  }

  static func prefix(_ values: [Double], _ count: Int) -> [Double] {
    values.count == count ? values : Array(values.prefix(count))
  }
}
