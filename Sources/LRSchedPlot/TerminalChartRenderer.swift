import Foundation

/// Draws a ``Chart`` as text: braille curves inside a box-drawing frame, laid out by
/// ``TerminalChartLayout``.
///
/// Series stay apart without colour: each is drawn in its ``TerminalSeriesPattern`` (a dashed or
/// dotted braille stroke after its line style; with series of several colours, its colour's
/// point glyph every few cells, the glyphs of different colours in different columns so that
/// overlapping series each show theirs; a series' glyph is left out next to one of the same
/// colour), and the legend shows each pattern's sample. On a log y axis a value of zero runs off
/// the bottom of its panel, as in the images. Where
/// series overlap in a cell their dots merge, the series drawn last giving the cell its colour;
/// a glyph replaces its cell. Markers are `┊` rules in the cells of their column that hold no
/// data, never braille, with labels placed by ``TerminalMarkerLabels``: on the top frame line,
/// or as letters there spelled out in a key under the legend. The secondary panel's y label sits
/// in the frame line above it. Output lines have no trailing blanks and are at most `width`
/// cells wide (the frame needs at least 20); colour, when enabled, only adds ANSI SGR codes.
public struct TerminalChartRenderer: Sendable {
  public var options: TerminalChartOptions

  /// The rule drawn down a marker's column.
  public static let markerRule: Character = "┊"

  public init(options: TerminalChartOptions = TerminalChartOptions()) {
    self.options = options
  }

  public init(width: Int, height: Int, color: Bool) {
    self.init(options: TerminalChartOptions(width: width, height: height, color: color))
  }

  /// The pattern each series of `chart` is drawn in, in the order of `chart.series`.
  public static func patterns(for chart: Chart) -> [TerminalSeriesPattern] {
    let colors = chart.series.indices.map { chart.series[$0].colorIndex ?? $0 }
    let glyphs = Set(colors).count > 1
    return zip(chart.series, colors).map { item, color in
      TerminalSeriesPattern(style: item.style, colorIndex: color, glyphs: glyphs)
    }
  }

  /// The chart as lines joined by "\n", with ANSI colours only when enabled.
  public func render(_ chart: Chart) -> String {
    let width = options.clampedWidth
    let height = options.clampedHeight
    let panels = chart.panels
    let legend = chart.legendRepeatsTitle ? [] : panels.flatMap(\.series).filter { !$0.name.isEmpty }
    func layout(keyRows: Int) -> TerminalChartLayout {
      TerminalChartLayout(
        chart: chart, panels: panels, width: width, height: height,
        footerRows: legend.count + keyRows)
    }
    func markers(in layout: TerminalChartLayout) -> [TerminalMarkerLabels.Marker] {
      chart.markers.compactMap { marker in
        layout.dotColumn(of: marker.x).map {
          TerminalMarkerLabels.Marker(column: $0 / 2, label: marker.label, colorIndex: marker.colorIndex)
        }
      }
    }
    var frame = layout(keyRows: 0)
    var labels = TerminalMarkerLabels(
      markers: markers(in: frame), columns: frame.plotColumns, placement: .inlineOrKeyed)
    var keyLines = TerminalMarkerLabels.keyLines(labels.key, width: frame.frameRight + 1 - frame.plotLeft)
    var keyRows = 0
    for _ in 0..<3 where keyLines.count != keyRows {
      keyRows = keyLines.count
      frame = layout(keyRows: keyRows)
      labels = TerminalMarkerLabels(
        markers: markers(in: frame), columns: frame.plotColumns, placement: .keyed)
      keyLines = TerminalMarkerLabels.keyLines(labels.key, width: frame.frameRight + 1 - frame.plotLeft)
    }
    if keyRows > 0 && (!frame.showFooter || keyLines.count != keyRows) {
      frame = layout(keyRows: 0)
      labels = TerminalMarkerLabels(
        markers: markers(in: frame), columns: frame.plotColumns, placement: .inlineWhereTheyFit)
      keyLines = []
    }

    var grid = TextGrid(width: frame.frameRight + 1, height: frame.totalRows)
    let colored = options.color
    func style(_ code: Int) -> Int? { colored ? code : nil }
    func markerStyle(_ colorIndex: Int?) -> Int? {
      style(colorIndex.map(SeriesPalette.ansiCode) ?? SeriesPalette.ansiMarker)
    }
    let plotLeft = frame.plotLeft
    let plotColumns = frame.plotColumns
    if frame.showTitle {
      let title = truncated(chart.title, to: grid.width)
      let start = max(0, min(plotLeft + (plotColumns - title.count) / 2, grid.width - title.count))
      grid.write(title, column: start, row: frame.titleRow, style: style(1))
    }
    if frame.showYLabel {
      grid.write(truncated(panels.first?.yLabel ?? "", to: grid.width), column: 0, row: frame.yLabelRow)
    }

    for (index, top) in frame.panelTops.enumerated() {
      drawBorder(
        &grid, row: top - 1, left: frame.frameLeft, right: frame.frameRight,
        kind: index == 0 ? .top : .middle)
      for offset in 0..<frame.panelRows[index] {
        grid.put("│", column: frame.frameLeft, row: top + offset)
        grid.put("│", column: frame.frameRight, row: top + offset)
      }
      for tick in frame.yTickRows[index] {
        let text = String(repeating: " ", count: frame.labelWidth - tick.label.count) + tick.label
        grid.write(text, column: 0, row: top + tick.row)
        grid.put("┤", column: frame.frameLeft, row: top + tick.row)
      }
    }
    drawBorder(
      &grid, row: frame.bottomBorder, left: frame.frameLeft, right: frame.frameRight, kind: .bottom)

    for (index, panel) in panels.enumerated().dropFirst() where !panel.yLabel.isEmpty {
      let room = plotColumns - 3
      guard room >= 3 else { continue }
      let text = " " + truncated(panel.yLabel, to: room - 2) + " "
      grid.write(text, column: plotLeft + 1, row: frame.panelTops[index] - 1)
    }

    for text in labels.frame {
      grid.write(
        text.text, column: plotLeft + text.column, row: frame.topBorder,
        style: markerStyle(text.colorIndex))
    }

    var rules: [Int: Int?] = [:]
    for marker in markers(in: frame) where rules[marker.column] == nil {
      rules[marker.column] = marker.colorIndex
    }
    var glyphSlots: [Int: Int] = [:]
    for item in panels.flatMap(\.series) {
      let key = item.colorIndex ?? 0
      if glyphSlots[key] == nil { glyphSlots[key] = glyphSlots.count }
    }
    for (index, panel) in panels.enumerated() {
      let top = frame.panelTops[index]
      let rows = frame.panelRows[index]
      var canvas = BrailleCanvas(columns: plotColumns, rows: rows)
      var glyphs: [Int: (Character, Int)] = [:]
      var placed: [Int: [(column: Int, row: Int)]] = [:]
      for item in panel.series {
        let key = item.colorIndex ?? 0
        let color = SeriesPalette.ansiCode(key)
        let pattern = TerminalSeriesPattern(
          style: item.style, colorIndex: key, glyphs: glyphSlots.count > 1)
        var own = BrailleCanvas(columns: plotColumns, rows: rows)
        let xScale = frame.xAxis.scale
        let lines = Decimator.polylines(
          xs: xScale == .linear ? item.xs : item.xs.map(xScale.coordinate),
          ys: frame.yAxes[index].placingNonPositive(item.ys), xRange: frame.xAxis.coordinateRange,
          columns: own.dotWidth, scale: panel.scale)
        for line in lines {
          let points = item.drawStyle.path(line).map { point in
            PlotPoint(
              x: frame.xAxis.fraction(of: xScale.value(atCoordinate: point.x)) * Double(own.dotWidth - 1),
              y: (1 - frame.yAxes[index].fraction(of: point.y)) * Double(own.dotHeight - 1))
          }
          own.stroke(points, color: color, dash: pattern.dash)
        }
        canvas.overlay(own)
        if let glyph = pattern.glyph {
          for cell in Self.glyphCells(own, slot: glyphSlots[key] ?? 0, slots: glyphSlots.count) {
            let near = placed[key, default: []].contains {
              abs($0.column - cell.column) <= 2 && abs($0.row - cell.row) <= 1
            }
            guard !near else { continue }
            placed[key, default: []].append(cell)
            glyphs[cell.row * plotColumns + cell.column] = (glyph, color)
          }
        }
      }
      for row in 0..<rows {
        for column in 0..<plotColumns {
          let at = (column: plotLeft + column, row: top + row)
          if let (glyph, color) = glyphs[row * plotColumns + column] {
            grid.put(glyph, column: at.column, row: at.row, style: style(color))
          } else if let character = canvas.character(column: column, row: row) {
            grid.put(
              character, column: at.column, row: at.row,
              style: colored ? canvas.color(column: column, row: row) : nil)
          } else if let colorIndex = rules[column] {
            grid.put(Self.markerRule, column: at.column, row: at.row, style: markerStyle(colorIndex))
          }
        }
      }
    }

    drawXTicks(
      &grid, axis: frame.xAxis, plotLeft: plotLeft, dotWidth: plotColumns * 2,
      borderRow: frame.bottomBorder, labelRow: frame.xTickRow)

    if frame.showXLabel {
      let label = truncated(chart.xLabel, to: grid.width)
      let start = max(0, min(plotLeft + (plotColumns - label.count) / 2, grid.width - label.count))
      grid.write(label, column: start, row: frame.xLabelRow)
    }

    if frame.showFooter {
      let sampleWidth = TerminalSeriesPattern.sampleWidth
      for (offset, item) in legend.enumerated() {
        let key = item.colorIndex ?? 0
        let pattern = TerminalSeriesPattern(
          style: item.style, colorIndex: key, glyphs: glyphSlots.count > 1)
        grid.write(
          pattern.sample, column: plotLeft, row: frame.footerRow + offset,
          style: style(SeriesPalette.ansiCode(key)))
        grid.write(
          truncated(item.name, to: max(1, plotColumns - sampleWidth - 1)),
          column: plotLeft + sampleWidth + 1, row: frame.footerRow + offset)
      }
      for (offset, line) in keyLines.enumerated() {
        let row = frame.footerRow + legend.count + offset
        if offset == 0 {
          grid.write(
            TerminalMarkerLabels.keyLead, column: plotLeft, row: row,
            style: style(SeriesPalette.ansiMarker))
        }
        for piece in line {
          grid.write(
            piece.text, column: plotLeft + piece.column, row: row,
            style: markerStyle(piece.entry.colorIndex))
        }
      }
    }
    return grid.rendered(color: colored)
  }

  /// The cells where a series drawn on `canvas` (and nothing else) puts its glyph, being glyph
  /// slot `slot` of `slots`: in every period of columns, one cell within the slot's own columns,
  /// preferring a column the line crosses in a single cell (not a step's vertical part), else
  /// the middle of the cells it holds in the slot's first column that has any.
  static func glyphCells(_ canvas: BrailleCanvas, slot: Int, slots: Int) -> [(column: Int, row: Int)] {
    let spacing = max(3, 12 / max(slots, 1))
    let period = max(12, spacing * slots)
    var cells: [(column: Int, row: Int)] = []
    var start = 1 + slot * spacing
    while start < canvas.columns {
      let window = (start..<min(start + spacing, canvas.columns)).map {
        (column: $0, rows: canvas.occupiedRows(column: $0))
      }
      if let single = window.first(where: { $0.rows.count == 1 }) {
        cells.append((single.column, single.rows[0]))
      } else if let any = window.first(where: { !$0.rows.isEmpty }) {
        cells.append((any.column, any.rows[any.rows.count / 2]))
      }
      start += period
    }
    return cells
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

  private func truncated(_ text: String, to length: Int) -> String {
    guard text.count > length else { return text }
    guard length > 1 else { return String(text.prefix(max(length, 0))) }
    return String(text.prefix(length - 1)) + "…"
  }
}
