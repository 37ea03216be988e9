import CCairo
import Foundation
import LRSchedPlot

/// Draws a laid-out chart onto a cairo context (in points).
struct CairoChartPainter {
  let chart: Chart
  let layout: CairoChartLayout
  let context: CairoContext

  private var cr: OpaquePointer { context.cr }
  private typealias Theme = CairoTheme

  func paint() throws {
    context.setColor(Theme.background)
    cairo_paint(cr)
    for panel in layout.panels { drawGrid(panel) }
    for panel in layout.panels { drawMarkerLines(panel) }
    var projected: [[[PlotPoint]]] = []
    for (index, panel) in layout.panels.enumerated() {
      projected.append(drawSeries(panel, index: index))
    }
    for (index, panel) in layout.panels.enumerated() {
      drawFrame(panel, showXLabels: index == layout.panels.count - 1)
    }
    let legends = layout.legendBoxes.compactMap { $0 }
    if let first = layout.panels.first, let lines = projected.first {
      drawMarkerLabels(first, lines: lines, avoiding: legends)
    }
    for (legend, box) in zip(layout.legends, layout.legendBoxes) {
      if let legend, let box { drawLegend(legend, box: box) }
    }
    drawLabels()
    try context.checkStatus("draw the chart")
  }

  /// The marker's colour: its series' palette colour, or the neutral marker grey.
  static func color(of marker: ChartMarker) -> RGBColor {
    marker.colorIndex.map(SeriesPalette.rgb) ?? Theme.marker
  }

  // MARK: Grid, markers, series

  private func drawGrid(_ panel: CairoPanelLayout) {
    let rect = panel.plotRect
    cairo_save(cr)
    context.setColor(Theme.grid, alpha: Theme.gridAlpha)
    cairo_set_line_width(cr, Theme.gridWidth)
    for tick in layout.xAxis.ticks {
      guard let x = layout.pointX(tick.value), x >= rect.minX - 0.01, x <= rect.maxX + 0.01 else {
        continue
      }
      context.strokeLine(PlotPoint(x: x, y: rect.minY), PlotPoint(x: x, y: rect.maxY))
    }
    for tick in panel.yAxis.ticks {
      let fraction = panel.yAxis.fraction(of: tick.value)
      guard fraction.isFinite, fraction >= -1e-9, fraction <= 1 + 1e-9 else { continue }
      let y = rect.maxY - fraction * rect.height
      context.strokeLine(PlotPoint(x: rect.minX, y: y), PlotPoint(x: rect.maxX, y: y))
    }
    cairo_restore(cr)
  }

  /// Dashed lines in each marker's colour. Markers of different series share one dash period
  /// with their dashes offset, so lines of several series at one x show every colour in turn.
  private func drawMarkerLines(_ panel: CairoPanelLayout) {
    let rect = panel.plotRect
    let owners = Array(Set(chart.markers.map { $0.colorIndex ?? -1 })).sorted()
    let dash = 4.0 * Theme.markerWidth
    let gap = owners.count > 1 ? dash * Double(owners.count - 1) : 2.4 * Theme.markerWidth
    cairo_save(cr)
    cairo_set_line_width(cr, Theme.markerWidth)
    for marker in chart.markers {
      guard let x = layout.pointX(marker.x), x >= rect.minX, x <= rect.maxX else { continue }
      let owner = owners.firstIndex(of: marker.colorIndex ?? -1) ?? 0
      context.setColor(Self.color(of: marker), alpha: 0.9)
      context.setDash([dash, gap], offset: -dash * Double(owner))
      context.strokeLine(PlotPoint(x: x, y: rect.minY), PlotPoint(x: x, y: rect.maxY))
    }
    cairo_restore(cr)
  }

  /// Draws a panel's series clipped to its plot area and returns their
  /// projected polylines (points), for placing marker labels.
  private func drawSeries(_ panel: CairoPanelLayout, index: Int) -> [[PlotPoint]] {
    let rect = panel.plotRect
    let bounds = rect.insetBy(-4 * Theme.lineWidth)
    var all: [[PlotPoint]] = []
    cairo_save(cr)
    context.rectangle(rect)
    cairo_clip(cr)
    cairo_set_line_width(cr, Theme.lineWidth)
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
    for (item, projected) in zip(panel.panel.series, layout.projectedLines(panel: index)) {
      all.append(contentsOf: projected)
      context.setColor(SeriesPalette.rgb(item.colorIndex ?? 0), alpha: item.faded ? Theme.fadedAlpha : 1)
      context.setDash(Self.dashes(item.style))
      for line in projected {
        if line.count == 1, let point = line.first {
          if bounds.minX <= point.x, point.x <= bounds.maxX, bounds.minY <= point.y,
            point.y <= bounds.maxY
          {
            cairo_new_sub_path(cr)
            cairo_arc(cr, point.x, point.y, Theme.lineWidth, 0, 2 * Double.pi)
            cairo_fill(cr)
          }
          continue
        }
        appendPath(line, clippedTo: bounds)
        cairo_stroke(cr)
      }
    }
    cairo_restore(cr)
    return all
  }

  private func appendPath(_ line: [PlotPoint], clippedTo bounds: PlotRect) {
    var penDown = false
    for (start, end) in zip(line, line.dropFirst()) {
      guard let (a, b) = LineClipper.clip(start, end, to: bounds) else {
        penDown = false
        continue
      }
      if !penDown || a != start { cairo_move_to(cr, a.x, a.y) }
      cairo_line_to(cr, b.x, b.y)
      penDown = b == end
    }
  }

  static func dashes(_ style: ChartLineStyle) -> [Double] {
    switch style {
    case .solid: return []
    case .dashed: return [3.7, 1.6].map { $0 * Theme.lineWidth }
    case .dotted: return [1, 1.65].map { $0 * Theme.lineWidth }
    }
  }

  // MARK: Frame, ticks and labels

  private func drawFrame(_ panel: CairoPanelLayout, showXLabels: Bool) {
    let rect = panel.plotRect
    cairo_save(cr)
    context.setColor(Theme.text)
    cairo_set_line_width(cr, Theme.spineWidth)
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
    context.rectangle(rect)
    cairo_stroke(cr)
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)

    var lastLabelEnd = -Double.infinity
    for tick in layout.xAxis.ticks {
      guard let x = layout.pointX(tick.value), x >= rect.minX - 0.01, x <= rect.maxX + 0.01 else {
        continue
      }
      context.strokeLine(
        PlotPoint(x: x, y: rect.maxY), PlotPoint(x: x, y: rect.maxY + Theme.tickLength))
      guard showXLabels else { continue }
      let width = CairoTickText.width(tick, context: context, size: Theme.tickSize)
      guard x - width / 2 > lastLabelEnd + 4 else { continue }
      CairoTickText.draw(
        tick, context: context, size: Theme.tickSize,
        at: PlotPoint(x: x, y: rect.maxY + Theme.tickLength + Theme.tickPad),
        anchor: TextAnchor(horizontal: .center, vertical: .top))
      lastLabelEnd = x + width / 2
    }

    let axis = panel.yAxis
    cairo_set_line_width(cr, Theme.spineWidth * 0.75)
    for value in layout.xAxis.minorTicks {
      guard let x = layout.pointX(value), x >= rect.minX, x <= rect.maxX else { continue }
      context.strokeLine(
        PlotPoint(x: x, y: rect.maxY), PlotPoint(x: x, y: rect.maxY + Theme.minorTickLength))
    }
    for value in axis.minorTicks {
      let fraction = axis.fraction(of: value)
      guard fraction.isFinite, fraction >= 0, fraction <= 1 else { continue }
      let y = rect.maxY - fraction * rect.height
      context.strokeLine(
        PlotPoint(x: rect.minX, y: y), PlotPoint(x: rect.minX - Theme.minorTickLength, y: y))
    }
    cairo_set_line_width(cr, Theme.spineWidth)
    var lastLabelTop = Double.infinity
    for tick in axis.ticks {
      let fraction = axis.fraction(of: tick.value)
      guard fraction.isFinite, fraction >= -1e-9, fraction <= 1 + 1e-9 else { continue }
      let y = rect.maxY - fraction * rect.height
      context.strokeLine(
        PlotPoint(x: rect.minX, y: y), PlotPoint(x: rect.minX - Theme.tickLength, y: y))
      guard y + Theme.tickSize * 0.5 < lastLabelTop else { continue }
      CairoTickText.draw(
        tick, context: context, size: Theme.tickSize,
        at: PlotPoint(x: rect.minX - Theme.tickLength - Theme.tickPad, y: y),
        anchor: TextAnchor(horizontal: .right, vertical: .middle))
      lastLabelTop = y - Theme.tickSize * 0.5
    }
    cairo_restore(cr)
  }

  /// Marker labels run upwards beside their line, on a translucent box, in their marker's
  /// colour. Each goes where it overlaps no other label and none of the `avoiding` boxes (the
  /// legends): at the top or bottom of the panel, or further along the line, on either side
  /// of it, preferring the place that covers the least curve length. A label with no such
  /// place is left out.
  private func drawMarkerLabels(_ panel: CairoPanelLayout, lines: [[PlotPoint]], avoiding: [PlotRect]) {
    let rect = panel.plotRect
    cairo_save(cr)
    context.setFont(size: Theme.markerLabelSize)
    let font = context.fontExtents
    let thickness = font.ascent + font.descent
    var taken: [PlotRect] = []
    let blocked = avoiding.map { $0.insetBy(-2) }
    for marker in chart.markers where !marker.label.isEmpty {
      guard let x = layout.pointX(marker.x), x >= rect.minX, x <= rect.maxX else { continue }
      let length = context.width(marker.label) + 2
      guard length + 6 < rect.height else { continue }
      let free = rect.height - 6 - length
      let tops = [0, 1, 0.5, 0.25, 0.75].map { rect.minY + 3 + free * $0 }
      var best: (box: PlotRect, overlap: Double)?
      for top in tops {
        for left in [x + 2, x - 2 - thickness] {
          let box = PlotRect(x: left, y: top, width: thickness, height: length)
          guard box.minX >= rect.minX + 1, box.maxX <= rect.maxX - 1,
            !taken.contains(where: { $0.insetBy(-1).intersects(box) }),
            !blocked.contains(where: { $0.intersects(box) })
          else { continue }
          let overlap = Self.overlap(of: lines, with: box)
          if best.map({ overlap < $0.overlap }) ?? true { best = (box, overlap) }
        }
        if best?.overlap == 0 { break }
      }
      guard let box = best?.box else { continue }
      context.setColor(Theme.background, alpha: 0.8)
      context.rectangle(box)
      cairo_fill(cr)
      context.setColor(marker.colorIndex == nil ? Theme.markerText : Self.color(of: marker))
      context.show(
        marker.label, at: PlotPoint(x: box.minX + font.ascent, y: box.maxY - 1),
        anchor: .baselineLeft, angle: -Double.pi / 2)
      taken.append(box)
    }
    cairo_restore(cr)
  }

  /// How much of the polylines lies inside `box`: the length of their
  /// clipped segments, plus a point's worth for each lone point inside.
  static func overlap(of lines: [[PlotPoint]], with box: PlotRect) -> Double {
    var total = 0.0
    for line in lines {
      if line.count == 1, let point = line.first, LineClipper.clip(point, point, to: box) != nil {
        total += 1
      }
      for (a, b) in zip(line, line.dropFirst()) {
        guard let (start, end) = LineClipper.clip(a, b, to: box) else { continue }
        total += max(hypot(end.x - start.x, end.y - start.y), 0.5)
      }
    }
    return total
  }

  /// `legend` in `box` (both from ``CairoChartLayout``).
  private func drawLegend(_ legend: CairoLegend, box: PlotRect) {
    cairo_save(cr)
    context.setFont(size: Theme.legendSize)
    context.roundedRectangle(box, radius: 2)
    context.setColor(Theme.background, alpha: Theme.legendBackgroundAlpha)
    cairo_fill_preserve(cr)
    context.setColor(Theme.legendEdge)
    cairo_set_line_width(cr, Theme.spineWidth)
    cairo_stroke(cr)
    for (offset, item) in legend.entries.enumerated() {
      let origin = legend.origin(of: offset, in: box)
      let middle = origin.y + legend.rowHeight / 2
      context.setColor(SeriesPalette.rgb(item.colorIndex ?? 0), alpha: item.faded ? Theme.fadedAlpha : 1)
      cairo_set_line_width(cr, Theme.lineWidth)
      context.setDash(Self.dashes(item.style))
      context.strokeLine(
        PlotPoint(x: origin.x, y: middle), PlotPoint(x: origin.x + Theme.legendHandle, y: middle))
      context.setDash([])
      context.setColor(Theme.text)
      context.show(
        legend.names[offset],
        at: PlotPoint(
          x: origin.x + Theme.legendHandle + Theme.legendHandleGap, y: origin.y + legend.ascent),
        anchor: .baselineLeft)
    }
    cairo_restore(cr)
  }

  private func drawLabels() {
    cairo_save(cr)
    context.setColor(Theme.text)
    context.setFont(size: Theme.labelSize)
    for panel in layout.panels where !panel.panel.yLabel.isEmpty {
      let label = CairoTextFit.cut(panel.panel.yLabel, width: panel.plotRect.height, context: context)
      context.show(
        label, at: PlotPoint(x: layout.yLabelBaselineX, y: panel.plotRect.midY),
        anchor: TextAnchor(horizontal: .center, vertical: .baseline), angle: -Double.pi / 2)
    }
    if !chart.xLabel.isEmpty, let rect = layout.panels.last?.plotRect {
      context.show(
        chart.xLabel, at: PlotPoint(x: rect.midX, y: layout.xLabelBaseline),
        anchor: TextAnchor(horizontal: .center, vertical: .baseline))
    }
    if let rect = layout.panels.first?.plotRect {
      context.setFont(size: Theme.titleSize)
      for (index, line) in layout.titleLines.enumerated() {
        let width = context.width(line)
        let x = min(
          max(rect.midX, width / 2 + Theme.outerPad), layout.widthPoints - width / 2 - Theme.outerPad)
        context.show(
          line, at: PlotPoint(x: x, y: layout.titleBaseline + Double(index) * layout.titleLineHeight),
          anchor: TextAnchor(horizontal: .center, vertical: .baseline))
      }
    }
    cairo_restore(cr)
  }
}
