import Foundation
import LRSchedPlot

/// The geometry of a rendered chart: image size, the shared x axis, and each
/// panel's plot area and y axis. Coordinates are in points unless a method
/// says pixels; pixels are points × ``pixelsPerPoint`` (the PNG's pixels and
/// the SVG's px units).
public struct CairoChartLayout: Sendable {
  public let widthPoints: Double
  public let heightPoints: Double
  public let pixelsPerPoint: Double
  public let xAxis: ResolvedAxis
  public let panels: [CairoPanelLayout]
  let title: String
  /// Each panel's legend box (points), `nil` for a panel without a legend.
  var legendBoxes: [PlotRect?] = []
  let titleBaseline: Double
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
  /// Lays out `chart` with its legends placed (see ``CairoLegend``): inside the plot area where
  /// they cover no curve, else outside right of it when the plot area keeps at least half the
  /// width, else where they cover the least.
  static func placingLegends(chart: Chart, options: ImageOptions, context: CairoContext)
    -> CairoChartLayout
  {
    var layout = CairoChartLayout(chart: chart, options: options, context: context)
    let legends = layout.panels.map {
      CairoLegend(
        panel: $0.panel, chart: chart, context: context,
        maxWidth: $0.plotRect.width - 2 * CairoTheme.legendInset)
    }
    var boxes: [PlotRect?] = layout.panels.indices.map { index in
      guard let legend = legends[index] else { return nil }
      return legend.freeBox(
        in: layout.panels[index].plotRect, lines: layout.projectedLines(panel: index).flatMap { $0 })
    }
    let crowded = layout.panels.indices.filter { legends[$0] != nil && boxes[$0] == nil }
    if !crowded.isEmpty {
      let widest = crowded.compactMap { legends[$0]?.width }.max() ?? 0
      let right = CairoChartLayout(
        chart: chart, options: options, context: context,
        rightReserve: widest + 2 * CairoTheme.legendInset)
      if right.panels[0].plotRect.width >= options.widthPoints * 0.6,
        zip(right.panels, legends).allSatisfy({ ($1?.height ?? 0) <= $0.plotRect.height })
      {
        var outside = right
        outside.legendBoxes = outside.panels.indices.map { index in
          legends[index]?.outsideBox(right: outside.panels[index].plotRect)
        }
        return outside
      }
      if layout.panels.count == 1, let legend = legends[0] {
        var above = CairoChartLayout(
          chart: chart, options: options, context: context,
          topReserve: legend.height + CairoTheme.legendInset)
        if above.panels[0].plotRect.height >= options.heightPoints * 0.3 {
          above.legendBoxes = [legend.outsideBox(above: above.panels[0].plotRect)]
          return above
        }
      }
      for index in crowded {
        boxes[index] = legends[index]?.leastCoveringBox(
          in: layout.panels[index].plotRect,
          lines: layout.projectedLines(panel: index).flatMap { $0 })
      }
    }
    layout.legendBoxes = boxes
    return layout
  }

  /// Each series of a panel as the polylines drawn for it, in points: decimated to one column
  /// per device pixel and joined by the series' draw style.
  func projectedLines(panel index: Int) -> [[[PlotPoint]]] {
    guard panels.indices.contains(index) else { return [] }
    let panel = panels[index]
    let rect = panel.plotRect
    return panel.panel.series.map { item in
      Decimator.polylines(
        xs: item.xs, ys: item.ys, xRange: xAxis.range, pixelWidth: rect.width * pixelsPerPoint,
        pixelOffset: rect.minX * pixelsPerPoint, scale: panel.panel.scale
      ).map { line in
        item.drawStyle.path(line).compactMap { point(x: $0.x, y: $0.y, panel: index) }
      }
    }
  }

  /// Lays out `chart` for `options`, measuring text with `context`, keeping `rightReserve`
  /// points free right of the plot area and `topReserve` above it (for a legend outside the axes).
  init(
    chart: Chart, options: ImageOptions, context: CairoContext, rightReserve: Double = 0,
    topReserve: Double = 0
  ) {
    let width = options.widthPoints
    let height = options.heightPoints
    let panels = chart.panels
    let theme = CairoTheme.self

    var xExtent: ClosedRange<Double>?
    for item in chart.series {
      let xs = item.xs.count == item.count ? item.xs : Array(item.xs.prefix(item.count))
      xExtent = AxisBounds.union(xExtent, AxisBounds.extent(of: xs, scale: .linear))
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
    let hasYLabel = panels.contains { !$0.yLabel.isEmpty }

    var top: Double
    if chart.title.isEmpty {
      top = theme.outerPad + tickTextHeight / 2
    } else {
      top = theme.outerPad + titleFont.ascent + titleFont.descent + theme.titlePad
    }
    top += topReserve
    var bottom = height - theme.outerPad - tickTextHeight - theme.tickPad - theme.tickLength
    if !chart.xLabel.isEmpty { bottom -= labelHeight + theme.labelPad }
    func axes(left: Double, right: Double) -> (ResolvedAxis, [ResolvedAxis], [PlotRect]) {
      let plotWidth = max(right - left, 1)
      let xTarget = min(max(Int(plotWidth / theme.xTickSpacing) + 1, 3), 10)
      let xAxis = ResolvedAxis(
        extent: xExtent, explicit: chart.xRange, scale: .linear, fit: .padded(theme.dataMargin),
        targetTickCount: xTarget)
      let total = max(bottom - top, 1)
      var heights = [total]
      if panels.count == 2 {
        let shared = max(total - theme.panelGap, 2)
        heights = [shared * 2 / 3, shared / 3]
      }
      var y = top
      var rects: [PlotRect] = []
      for panelHeight in heights {
        rects.append(PlotRect(x: left, y: y, width: plotWidth, height: panelHeight))
        y += panelHeight + theme.panelGap
      }
      let yAxes = zip(panels, zip(heights, yExtents)).map { panel, sized in
        let (panelHeight, extent) = sized
        let target =
          panel.scale == .linear
          ? min(max(Int(panelHeight / theme.yTickSpacing) + 1, 2), 9)
          : min(max(Int(panelHeight / 20) + 1, 2), 12)
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
    self.pixelsPerPoint = options.pixelsPerPoint
    self.xAxis = xAxis
    self.panels = zip(panels, zip(yAxes, rects)).map {
      CairoPanelLayout(panel: $0, yAxis: $1.0, plotRect: $1.1)
    }
    self.title = chart.title
    self.titleBaseline = theme.outerPad + titleFont.ascent
    self.xLabelBaseline = height - theme.outerPad - labelFont.descent
    self.yLabelBaselineX = theme.outerPad + labelFont.ascent
  }
}
