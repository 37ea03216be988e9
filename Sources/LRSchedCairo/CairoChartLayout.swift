import Foundation
import LRSchedPlot

/// The geometry of a rendered chart: image size, the shared x axis, and each
/// panel's plot area and y axis. Coordinates are in layout points unless a method
/// says pixels: the figure's points divided by its ``ImageOptions/sizeScale``, in which the
/// theme's sizes hold. Pixels are layout points × ``pixelsPerPoint`` (the PNG's pixels and
/// the SVG's px units).
public struct CairoChartLayout: Sendable {
  public let widthPoints: Double
  public let heightPoints: Double
  public let pixelsPerPoint: Double
  public let xAxis: ResolvedAxis
  public let panels: [CairoPanelLayout]
  /// The title as drawn: one line, or two when it does not fit one, cut with "…" past that.
  public let titleLines: [String]
  /// Each panel's legend, `nil` for a panel without one.
  var legends: [CairoLegend?] = []
  /// Each panel's legend box (points), `nil` for a panel without a legend.
  var legendBoxes: [PlotRect?] = []
  /// The baseline of the title's first line, and the distance between its lines.
  let titleBaseline: Double
  let titleLineHeight: Double
  let xLabelBaseline: Double
  let yLabelBaselineX: Double

  /// A panel's plot area in pixels.
  public func pixelRect(panel index: Int = 0) -> PlotRect? {
    guard panels.indices.contains(index) else { return nil }
    let rect = panels[index].plotRect
    return PlotRect(
      x: rect.minX * pixelsPerPoint, y: rect.minY * pixelsPerPoint,
      width: rect.width * pixelsPerPoint, height: rect.height * pixelsPerPoint)
  }

  /// A panel's legend box in pixels, or `nil` when the panel has no legend.
  public func legendPixelRect(panel index: Int = 0) -> PlotRect? {
    guard legendBoxes.indices.contains(index), let rect = legendBoxes[index] else { return nil }
    return PlotRect(
      x: rect.minX * pixelsPerPoint, y: rect.minY * pixelsPerPoint,
      width: rect.width * pixelsPerPoint, height: rect.height * pixelsPerPoint)
  }

  /// The names a panel's legend shows (cut to fit), or `nil` when the panel has no legend.
  public func legendNames(panel index: Int = 0) -> [String]? {
    guard legends.indices.contains(index), legendBoxes.indices.contains(index),
      legendBoxes[index] != nil
    else { return nil }
    return legends[index]?.names
  }

  /// Where the data point (x, y) of a panel lands, in pixels, or `nil` when
  /// the panel's scale cannot place it.
  public func pixelPosition(x: Double, y: Double, panel index: Int = 0) -> PlotPoint? {
    guard let point = point(x: x, y: y, panel: index) else { return nil }
    return PlotPoint(x: point.x * pixelsPerPoint, y: point.y * pixelsPerPoint)
  }

  /// Where the data point (x, y) of a panel lands, in points.
  func point(x: Double, y: Double, panel index: Int) -> PlotPoint? {
    guard panels.indices.contains(index) else { return nil }
    let layout = panels[index]
    let fx = xAxis.fraction(of: x)
    let fy = layout.yAxis.fraction(of: y)
    guard fx.isFinite, fy.isFinite else { return nil }
    let rect = layout.plotRect
    return PlotPoint(x: rect.minX + fx * rect.width, y: rect.maxY - fy * rect.height)
  }

  /// The horizontal position of data x, in points.
  func pointX(_ x: Double) -> Double? {
    guard let rect = panels.first?.plotRect else { return nil }
    let fraction = xAxis.fraction(of: x)
    return fraction.isFinite ? rect.minX + fraction * rect.width : nil
  }
}

extension CairoChartLayout {
  /// Lays out `chart` with its legends placed (see ``CairoLegend``): each inside its plot area
  /// where it covers no curve; when one cannot be, every legend goes outside right of its plot
  /// area if the plot areas keep at least 60% of the width, else the crowded ones go above their
  /// plot areas, in as many columns as fit, if every panel keeps ``legendAboveKeeps`` of its
  /// height; failing both, a crowded legend goes where it covers the least curve.
  static func placingLegends(chart: Chart, options: ImageOptions, context: CairoContext)
    -> CairoChartLayout
  {
    var layout = CairoChartLayout(chart: chart, options: options, context: context)
    let inside = layout.insideLegends(chart: chart, context: context)
    var boxes: [PlotRect?] = layout.panels.indices.map { index in
      guard let legend = inside[index] else { return nil }
      return legend.freeBox(
        in: layout.panels[index].plotRect, lines: layout.projectedLines(panel: index).flatMap { $0 })
    }
    let crowded = layout.panels.indices.filter { inside[$0] != nil && boxes[$0] == nil }
    layout.legends = inside
    if crowded.isEmpty {
      layout.legendBoxes = boxes
      return layout
    }
    if let right = rightLegends(chart: chart, options: options, context: context, legends: inside) {
      return right
    }
    if let above = legendsAbove(
      chart: chart, options: options, context: context, crowded: crowded, plain: layout)
    {
      return above
    }
    for index in crowded {
      boxes[index] = inside[index]?.leastCoveringBox(
        in: layout.panels[index].plotRect,
        lines: layout.projectedLines(panel: index).flatMap { $0 })
    }
    layout.legendBoxes = boxes
    return layout
  }

  /// The share of its height a panel keeps when legends go above the plot areas.
  static let legendAboveKeeps = 0.45

  /// Each panel's legend in one column as wide as fits inside its plot area.
  private func insideLegends(chart: Chart, context: CairoContext) -> [CairoLegend?] {
    panels.map {
      CairoLegend(
        panel: $0.panel, chart: chart, context: context,
        maxWidth: $0.plotRect.width - 2 * CairoTheme.legendInset)
    }
  }

  /// The layout with every legend right of its plot area, or `nil` when the plot areas would
  /// keep less than 60% of the width or a legend is taller than its panel.
  private static func rightLegends(
    chart: Chart, options: ImageOptions, context: CairoContext, legends: [CairoLegend?]
  ) -> CairoChartLayout? {
    let widest = legends.compactMap { $0?.width }.max() ?? 0
    var right = CairoChartLayout(
      chart: chart, options: options, context: context,
      rightReserve: widest + 2 * CairoTheme.legendInset)
    guard right.panels[0].plotRect.width >= right.widthPoints * 0.6,
      zip(right.panels, legends).allSatisfy({ ($1?.height ?? 0) <= $0.plotRect.height })
    else { return nil }
    right.legends = legends
    right.legendBoxes = right.panels.indices.map { index in
      legends[index]?.outsideBox(right: right.panels[index].plotRect)
    }
    return right
  }

  /// The layout with the `crowded` panels' legends above their plot areas (more panels join
  /// them when the new geometry crowds their legends too), in fewer rows of cut names when the
  /// panels would otherwise keep less than ``legendAboveKeeps`` of their height in `plain`;
  /// `nil` when no arrangement leaves them that.
  private static func legendsAbove(
    chart: Chart, options: ImageOptions, context: CairoContext, crowded: [Int],
    plain: CairoChartLayout
  ) -> CairoChartLayout? {
    var outside = Set(crowded)
    var widths = plain.panels.map(\.plotRect.width)
    var maxRows = Int.max
    for _ in 0..<(4 * plain.panels.count + 16) {
      let above: [CairoLegend?] = plain.panels.indices.map { index in
        guard outside.contains(index) else { return nil }
        return CairoLegend.arranged(
          panel: plain.panels[index].panel, chart: chart, context: context, maxWidth: widths[index],
          maxRows: maxRows)
      }
      guard outside.allSatisfy({ above[$0] != nil }) else { return nil }
      var layout = CairoChartLayout(
        chart: chart, options: options, context: context,
        topReserves: above.map { $0.map { $0.height + CairoTheme.legendInset } ?? 0 })
      guard
        zip(layout.panels, plain.panels).allSatisfy({
          $0.plotRect.height >= $1.plotRect.height * legendAboveKeeps
        })
      else {
        let rows = above.compactMap { $0.map { ($0.entries.count + $0.columns - 1) / $0.columns } }.max() ?? 1
        maxRows = rows - 1
        continue
      }
      let newWidths = layout.panels.map(\.plotRect.width)
      if zip(above, newWidths).contains(where: { ($0?.width ?? 0) > $1 + 1e-9 }) {
        widths = newWidths
        continue
      }
      let inside = layout.insideLegends(chart: chart, context: context)
      var boxes: [PlotRect?] = []
      var more: [Int] = []
      for (index, panel) in layout.panels.enumerated() {
        if let legend = above[index] {
          boxes.append(legend.outsideBox(above: panel.plotRect))
        } else if let legend = inside[index] {
          let box = legend.freeBox(
            in: panel.plotRect, lines: layout.projectedLines(panel: index).flatMap { $0 })
          if box == nil { more.append(index) }
          boxes.append(box)
        } else {
          boxes.append(nil)
        }
      }
      guard more.isEmpty else {
        outside.formUnion(more)
        continue
      }
      layout.legends = zip(above, inside).map { $0 ?? $1 }
      layout.legendBoxes = boxes
      return layout
    }
    return nil
  }

  /// Each series of a panel as the polylines drawn for it, in points: decimated to one column
  /// per device pixel (columns spaced evenly on the x axis' scale) and joined by the series'
  /// draw style. On a log y axis a value of zero or less runs off the bottom
  /// (``ResolvedAxis/placingNonPositive(_:)``) instead of leaving a gap.
  func projectedLines(panel index: Int) -> [[[PlotPoint]]] {
    guard panels.indices.contains(index) else { return [] }
    let panel = panels[index]
    let rect = panel.plotRect
    let xScale = xAxis.scale
    return panel.panel.series.map { item in
      let xs = xScale == .linear ? item.xs : item.xs.map(xScale.coordinate)
      return Decimator.polylines(
        xs: xs, ys: panel.yAxis.placingNonPositive(item.ys), xRange: xAxis.coordinateRange,
        pixelWidth: rect.width * pixelsPerPoint, pixelOffset: rect.minX * pixelsPerPoint,
        scale: panel.panel.scale
      ).map { line in
        item.drawStyle.path(line).compactMap {
          point(x: xScale.value(atCoordinate: $0.x), y: $0.y, panel: index)
        }
      }
    }
  }

  /// Lays out `chart` for `options`, measuring text with `context`, keeping `rightReserve`
  /// points free right of the plot areas and `topReserves[i]` above panel `i`'s (for legends
  /// outside the axes).
  init(
    chart: Chart, options: ImageOptions, context: CairoContext, rightReserve: Double = 0,
    topReserves: [Double] = []
  ) {
    let scale = options.sizeScale
    let width = options.widthPoints / scale
    let height = options.heightPoints / scale
    let panels = chart.panels
    let theme = CairoTheme.self

    var xExtent: ClosedRange<Double>?
    for item in chart.series {
      let xs = item.xs.count == item.count ? item.xs : Array(item.xs.prefix(item.count))
      xExtent = AxisBounds.union(xExtent, AxisBounds.extent(of: xs, scale: chart.xScale))
    }
    let yExtents: [ClosedRange<Double>?] = panels.map { panel in
      var extent: ClosedRange<Double>?
      for item in panel.series {
        let ys = item.ys.count == item.count ? item.ys : Array(item.ys.prefix(item.count))
        extent = AxisBounds.union(extent, AxisBounds.extent(of: ys, scale: panel.scale))
      }
      return extent
    }

    context.setFont(size: theme.tickSize)
    let digits = context.measure("0123456789")
    let tickTextHeight = digits.inkBottom - digits.inkTop
    context.setFont(size: theme.labelSize)
    let labelFont = context.fontExtents
    let labelHeight = labelFont.ascent + labelFont.descent
    context.setFont(size: theme.titleSize)
    let titleFont = context.fontExtents
    let titleLines =
      chart.title.isEmpty
      ? [] : CairoTextFit.wrapped(chart.title, width: width - 2 * theme.outerPad, lines: 2, context: context)
    let titleLineHeight = (titleFont.ascent + titleFont.descent) * 1.1
    let hasYLabel = panels.contains { !$0.yLabel.isEmpty }
    let reserves = panels.indices.map { topReserves.indices.contains($0) ? max(topReserves[$0], 0) : 0 }

    var top: Double
    if titleLines.isEmpty {
      top = theme.outerPad + tickTextHeight / 2
    } else {
      top =
        theme.outerPad + titleFont.ascent + titleFont.descent
        + Double(titleLines.count - 1) * titleLineHeight + theme.titlePad
    }
    var bottom = height - theme.outerPad - tickTextHeight - theme.tickPad - theme.tickLength
    if !chart.xLabel.isEmpty { bottom -= labelHeight + theme.labelPad }
    func axes(left: Double, right: Double) -> (ResolvedAxis, [ResolvedAxis], [PlotRect]) {
      let plotWidth = max(right - left, 1)
      let xTarget =
        chart.logX
        ? min(max(Int(plotWidth / theme.logXTickSpacing) + 1, 2), 12)
        : min(max(Int(plotWidth / theme.xTickSpacing) + 1, 3), 10)
      let xAxis = ResolvedAxis(
        extent: xExtent, explicit: chart.xRange, scale: chart.xScale, fit: .padded(theme.dataMargin),
        targetTickCount: xTarget)
      let gaps = theme.panelGap * Double(panels.count - 1) + reserves.reduce(0, +)
      let shared = max(bottom - top - gaps, Double(panels.count))
      let heights = panels.count == 2 ? [shared * 2 / 3, shared / 3] : [shared]
      var y = top
      var rects: [PlotRect] = []
      for (panelHeight, reserve) in zip(heights, reserves) {
        y += reserve
        rects.append(PlotRect(x: left, y: y, width: plotWidth, height: panelHeight))
        y += panelHeight + theme.panelGap
      }
      let yAxes = zip(panels, zip(heights, yExtents)).map { panel, sized in
        let (panelHeight, extent) = sized
        let target =
          panel.scale == .linear
          ? min(max(Int(panelHeight / theme.yTickSpacing) + 1, 2), 9)
          : min(max(Int(panelHeight / theme.logTickSpacing) + 1, 2), 12)
        return ResolvedAxis(
          extent: extent, explicit: panel.yRange, scale: panel.scale,
          fit: .padded(theme.dataMargin), targetTickCount: target)
      }
      return (xAxis, yAxes, rects)
    }

    var left = width * 0.125
    var right = width - theme.outerPad - 12 - rightReserve
    for _ in 0..<2 {
      let (xAxis, yAxes, _) = axes(left: left, right: right)
      let tickWidth =
        yAxes.flatMap(\.ticks).map {
          CairoTickText.width($0, context: context, size: theme.tickSize)
        }.max() ?? 0
      left = theme.outerPad + tickWidth + theme.tickPad + theme.tickLength
      if hasYLabel { left += labelHeight + theme.labelPad }
      var overhang = 0.0
      if let last = xAxis.ticks.last {
        let labelWidth = CairoTickText.width(last, context: context, size: theme.tickSize)
        let position = xAxis.fraction(of: last.value)
        if position.isFinite {
          overhang = labelWidth / 2 - (1 - position) * (right - left)
        }
      }
      right = max(width - theme.outerPad - max(overhang, 4, rightReserve), left + 1)
    }
    let (xAxis, yAxes, rects) = axes(left: left, right: right)

    self.widthPoints = width
    self.heightPoints = height
    self.pixelsPerPoint = options.pixelsPerPoint * scale
    self.xAxis = xAxis
    self.panels = zip(panels, zip(yAxes, rects)).map {
      CairoPanelLayout(panel: $0, yAxis: $1.0, plotRect: $1.1)
    }
    self.titleLines = titleLines
    self.titleBaseline = theme.outerPad + titleFont.ascent
    self.titleLineHeight = titleLineHeight
    self.xLabelBaseline = height - theme.outerPad - labelFont.descent
    self.yLabelBaselineX = theme.outerPad + labelFont.ascent
  }
}
