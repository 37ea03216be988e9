import Foundation

/// Draws a ``Chart`` as text: braille curves inside a box-drawing frame.
///
/// Layout, top to bottom: the title (centred over the plot area) with the
/// y-axis label at its left (on a line of its own when they would touch),
/// the frame with the primary panel, a separator and the secondary panel
/// when the chart has series on both axes, x tick labels, the x-axis label,
/// and a legend line per named series. The secondary panel's y label sits
/// in the separator; marker labels go in the top frame line where there is
/// room, starting at their marker (or ending there near the right edge).
/// Y axes are widened to whole ticks (whole decades with a log scale); the
/// x axis spans the data exactly. When the height is too small, the legend,
/// then the x label, then the header (y label line, title) are left out.
///
/// Where series overlap in a cell, their dots merge and the series drawn
/// last (later in `Chart.series`) gives the cell its colour. Line styles are
/// not shown. Output lines have no trailing blanks and are at most `width`
/// cells wide (the frame needs at least 20).
public struct TerminalChartRenderer: Sendable {
  public var options: TerminalChartOptions

  public init(options: TerminalChartOptions = TerminalChartOptions()) {
    self.options = options
  }

  public init(width: Int, height: Int, color: Bool) {
    self.init(options: TerminalChartOptions(width: width, height: height, color: color))
  }

  /// The chart as lines joined by "\n", with ANSI colours only when enabled.
  public func render(_ chart: Chart) -> String {
    let width = options.clampedWidth
    let height = options.clampedHeight
    let panels = chart.panels
    let legend = chart.legendRepeatsTitle ? [] : panels.flatMap(\.series).filter { !$0.name.isEmpty }
    let yLabel = panels.first?.yLabel ?? ""
    var showTitle = !chart.title.isEmpty
    var showYLabel = !yLabel.isEmpty
    var showXLabel = !chart.xLabel.isEmpty
    var showLegend = !legend.isEmpty
    let sharedHeader = yLabel.count + 1 < (width + 2 - chart.title.count) / 2
    func headerRows() -> Int {
      guard showTitle || showYLabel else { return 0 }
      return showTitle && showYLabel && !sharedHeader ? 2 : 1
    }
    let minimumRows = panels.count
    func plotRows() -> Int {
      height - headerRows() - (showLegend ? legend.count : 0) - 1
        - (showXLabel ? 1 : 0) - (panels.count + 1)
    }
    if plotRows() < minimumRows { showLegend = false }
    if plotRows() < minimumRows { showXLabel = false }
    if plotRows() < minimumRows, !sharedHeader { showYLabel = false }
    if plotRows() < minimumRows { showTitle = false }
    if plotRows() < minimumRows { showYLabel = false }
    let totalRows = max(plotRows(), minimumRows)
    var panelRows = [totalRows]
    if panels.count == 2 {
      let secondary = max(1, totalRows / 3)
      panelRows = [totalRows - secondary, secondary]
    }

    var xExtent: ClosedRange<Double>?
    for item in chart.series {
      xExtent = AxisBounds.union(
        xExtent, AxisBounds.extent(of: prefix(item.xs, item.count), scale: .linear))
    }
    let yAxes = zip(panels, panelRows).map { panel, rows in
      var extent: ClosedRange<Double>?
      for item in panel.series {
        extent = AxisBounds.union(
          extent, AxisBounds.extent(of: prefix(item.ys, item.count), scale: panel.scale))
      }
      let target = panel.scale == .linear ? min(max(rows / 3 + 1, 2), 7) : max(rows / 2, 2)
      return ResolvedAxis(
        extent: extent, explicit: panel.yRange, scale: panel.scale, fit: .niceBounds,
        targetTickCount: target)
    }
    let yTickRows = zip(yAxes, panelRows).map { axis, rows in tickRows(axis: axis, rows: rows) }
    let labelWidth = max(1, yTickRows.flatMap { $0.map(\.label.count) }.max() ?? 1)
    let frameLeft = labelWidth + 1
    let plotLeft = frameLeft + 1
    let plotColumns = max(4, width - plotLeft - 1)
    let frameRight = plotLeft + plotColumns
    let xAxis = ResolvedAxis(
      extent: xExtent, explicit: chart.xRange, scale: .linear, fit: .exact,
      targetTickCount: min(max(plotColumns / 12 + 1, 2), 10))

    var row = 0
    let titleRow = row
    if showTitle { row += 1 }
    let yLabelRow = showTitle && sharedHeader ? titleRow : row
    if showYLabel && !(showTitle && sharedHeader) { row += 1 }
    let topBorder = row
    row += 1
    var panelTops: [Int] = []
    for rows in panelRows {
      panelTops.append(row)
      row += rows + 1
    }
    let bottomBorder = row - 1
    let xTickRow = row
    row += 1
    let xLabelRow = row
    if showXLabel { row += 1 }
    let legendRow = row
    if showLegend { row += legend.count }

    var grid = TextGrid(width: frameRight + 1, height: row)
    let colored = options.color
    if showTitle {
      let title = truncated(chart.title, to: grid.width)
      let start = max(0, min(plotLeft + (plotColumns - title.count) / 2, grid.width - title.count))
      grid.write(title, column: start, row: titleRow, style: colored ? 1 : nil)
    }
    if showYLabel {
      grid.write(truncated(yLabel, to: grid.width), column: 0, row: yLabelRow)
    }

    for (index, top) in panelTops.enumerated() {
      let border = top - 1
      drawBorder(
        &grid, row: border, left: frameLeft, right: frameRight, kind: index == 0 ? .top : .middle)
      for offset in 0..<panelRows[index] {
        grid.put("│", column: frameLeft, row: top + offset)
        grid.put("│", column: frameRight, row: top + offset)
      }
      for tick in yTickRows[index] {
        let text = String(repeating: " ", count: labelWidth - tick.label.count) + tick.label
        grid.write(text, column: 0, row: top + tick.row)
        grid.put("┤", column: frameLeft, row: top + tick.row)
      }
    }
    drawBorder(&grid, row: bottomBorder, left: frameLeft, right: frameRight, kind: .bottom)

    for (index, panel) in panels.enumerated().dropFirst() where !panel.yLabel.isEmpty {
      let room = plotColumns - 3
      guard room >= 3 else { continue }
      let text = " " + truncated(panel.yLabel, to: room - 2) + " "
      grid.write(text, column: plotLeft + 1, row: panelTops[index] - 1)
    }

    let dotWidth = plotColumns * 2
    let markerColumns: [(x: Int, label: String)] = chart.markers.compactMap { marker in
      let fraction = xAxis.fraction(of: marker.x)
      guard fraction.isFinite, fraction >= -1e-9, fraction <= 1 + 1e-9 else { return nil }
      guard let dot = SafeInt.from(fraction * Double(dotWidth - 1), in: 0...(dotWidth - 1)) else {
        return nil
      }
      return (dot, marker.label)
    }
    drawMarkerLabels(
      &grid, markers: markerColumns, row: topBorder, plotLeft: plotLeft, frameRight: frameRight,
      colored: colored)

    for (index, panel) in panels.enumerated() {
      let canvas = canvas(
        for: panel, yAxis: yAxes[index], xAxis: xAxis, columns: plotColumns,
        rows: panelRows[index], markerDots: markerColumns.map(\.x))
      for cellRow in 0..<canvas.rows {
        for cellColumn in 0..<canvas.columns {
          guard let character = canvas.character(column: cellColumn, row: cellRow) else { continue }
          grid.put(
            character, column: plotLeft + cellColumn, row: panelTops[index] + cellRow,
            style: colored ? canvas.color(column: cellColumn, row: cellRow) : nil)
        }
      }
    }

    drawXTicks(
      &grid, axis: xAxis, plotLeft: plotLeft, dotWidth: dotWidth, borderRow: bottomBorder,
      labelRow: xTickRow)

    if showXLabel {
      let label = truncated(chart.xLabel, to: grid.width)
      let start = max(0, min(plotLeft + (plotColumns - label.count) / 2, grid.width - label.count))
      grid.write(label, column: start, row: xLabelRow)
    }

    if showLegend {
      for (offset, item) in legend.enumerated() {
        let style = colored ? SeriesPalette.ansiCode(item.colorIndex ?? 0) : nil
        grid.write("━━", column: plotLeft, row: legendRow + offset, style: style)
        grid.write(
          truncated(item.name, to: max(1, plotColumns - 3)), column: plotLeft + 3,
          row: legendRow + offset)
      }
    }
    return grid.rendered(color: colored)
  }

  /// One panel's braille canvas: dashed marker lines first, then the series
  /// in order, each decimated to the canvas' dot columns.
  private func canvas(
    for panel: ChartPanel, yAxis: ResolvedAxis, xAxis: ResolvedAxis, columns: Int, rows: Int,
    markerDots: [Int]
  ) -> BrailleCanvas {
    var canvas = BrailleCanvas(columns: columns, rows: rows)
    let dotWidth = canvas.dotWidth
    let dotHeight = canvas.dotHeight
    for x in markerDots {
      for y in 0..<dotHeight where y % 4 < 2 {
        canvas.set(x: x, y: y, color: SeriesPalette.ansiMarker)
      }
    }
    for item in panel.series {
      let color = SeriesPalette.ansiCode(item.colorIndex ?? 0)
      let lines = Decimator.polylines(
        xs: item.xs, ys: item.ys, xRange: xAxis.range, columns: dotWidth, scale: panel.scale)
      for line in lines {
        let points = item.drawStyle.path(line).map { point in
          PlotPoint(
            x: xAxis.fraction(of: point.x) * Double(dotWidth - 1),
            y: (1 - yAxis.fraction(of: point.y)) * Double(dotHeight - 1))
        }
        if points.count == 1, let point = points.first {
          canvas.line(from: point, to: point, color: color)
        }
        for (start, end) in zip(points, points.dropFirst()) {
          canvas.line(from: start, to: end, color: color)
        }
      }
    }
    return canvas
  }

  /// Marker labels in the top frame line, each starting at its marker (or
  /// ending there when it would run into the corner), skipped when it would
  /// touch another.
  private func drawMarkerLabels(
    _ grid: inout TextGrid, markers: [(x: Int, label: String)], row: Int, plotLeft: Int,
    frameRight: Int, colored: Bool
  ) {
    var taken: [ClosedRange<Int>] = []
    for marker in markers where !marker.label.isEmpty {
      let column = plotLeft + marker.x / 2
      let text = truncated(marker.label, to: frameRight - plotLeft)
      for start in [column, column - text.count + 1]
      where start >= plotLeft && start + text.count <= frameRight {
        let span = (start - 1)...(start + text.count)
        if taken.contains(where: { $0.overlaps(span) }) { continue }
        grid.write(text, column: start, row: row, style: colored ? SeriesPalette.ansiMarker : nil)
        taken.append(start...(start + text.count - 1))
        break
      }
    }
  }

  /// Tick marks on the bottom frame line and their labels below, centred
  /// on the tick; a label that would touch the previous one is skipped
  /// with its mark.
  private func drawXTicks(
    _ grid: inout TextGrid, axis: ResolvedAxis, plotLeft: Int, dotWidth: Int, borderRow: Int,
    labelRow: Int
  ) {
    var lastEnd = -2
    for tick in axis.ticks {
      let fraction = axis.fraction(of: tick.value)
      guard fraction.isFinite, fraction >= -1e-9, fraction <= 1 + 1e-9 else { continue }
      guard let dot = SafeInt.from(fraction * Double(dotWidth - 1), in: 0...(dotWidth - 1)) else {
        continue
      }
      let column = plotLeft + dot / 2
      let label = tick.label
      let start = max(0, min(column - (label.count - 1) / 2, grid.width - label.count))
      guard start > lastEnd + 1 else { continue }
      grid.put("┬", column: column, row: borderRow)
      grid.write(label, column: start, row: labelRow)
      lastEnd = start + label.count - 1
    }
  }

  private enum BorderKind {
    case top
    case middle
    case bottom
  }

  private func drawBorder(_ grid: inout TextGrid, row: Int, left: Int, right: Int, kind: BorderKind)
  {
    let corners: (Character, Character) =
      switch kind {
      case .top: ("┌", "┐")
      case .middle: ("├", "┤")
      case .bottom: ("└", "┘")
      }
    grid.put(corners.0, column: left, row: row)
    for column in (left + 1)..<right { grid.put("─", column: column, row: row) }
    grid.put(corners.1, column: right, row: row)
  }

  /// The y ticks that land on distinct cell rows of a panel `rows` high, top row 0.
  private func tickRows(axis: ResolvedAxis, rows: Int) -> [(row: Int, label: String)] {
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

  private func prefix(_ values: [Double], _ count: Int) -> [Double] {
    values.count == count ? values : Array(values.prefix(count))
  }

  private func truncated(_ text: String, to length: Int) -> String {
    guard text.count > length else { return text }
    guard length > 1 else { return String(text.prefix(max(length, 0))) }
    return String(text.prefix(length - 1)) + "…"
  }
}
