import Foundation
import LRSchedCairo
import LRSchedPlot
import Testing

/// What the SVG output draws at sizes from 320 × 240 to 1920 × 1080, checked as geometry: every
/// panel's legend clear of the data and of the other boxes, marker labels inside their panel,
/// names told apart, titles wrapped, the size scale.
@Suite struct SizedChartGeometryTests {
  static let sizes = [(320, 240), (640, 480), (1280, 720), (1920, 1080)]

  /// `plot --loss` of two runs (Adam vs AdamW): two identical cosine learning rates with phase
  /// markers above, four loss curves with long names crossing the whole loss panel below, each in
  /// its run's colour (validation dashed).
  static func twoRuns() -> Chart {
    let xs = (0..<60).map(Double.init)
    let lr = xs.map { 0.025 * (1 + cos(Double.pi * $0 / 60)) }
    func loss(_ start: Double, _ end: Double, _ wobble: Double) -> [Double] {
      xs.map { end + (start - end) * exp(-$0 / 2) + wobble * sin($0 / 4) }
    }
    let names = ["Adam, weight_decay=0.1", "AdamW, weight_decay=0.1"]
    return Chart(
      title: "Adam vs AdamW with weight decay 0.1", xLabel: "epoch", yLabel: "learning rate",
      series: [
        ChartSeries(name: names[0], xs: xs, ys: lr, colorIndex: 0, drawStyle: .steps),
        ChartSeries(name: names[1], xs: xs, ys: lr, colorIndex: 1, drawStyle: .steps),
        ChartSeries(name: names[0] + ": train_loss", xs: xs, ys: loss(0.14, 0.1, 0.002), colorIndex: 0, axis: .secondary),
        ChartSeries(
          name: names[0] + ": val_loss", xs: xs, ys: loss(0.08, 0.1, 0.003), colorIndex: 0, style: .dashed,
          axis: .secondary),
        ChartSeries(name: names[1] + ": train_loss", xs: xs, ys: loss(0.13, 0.05, 0.001), colorIndex: 1, axis: .secondary),
        ChartSeries(
          name: names[1] + ": val_loss", xs: xs, ys: loss(0.07, 0.07, 0.004), colorIndex: 1, style: .dashed,
          axis: .secondary),
      ],
      markers: [ChartMarker(x: 10, label: "warmup end"), ChartMarker(x: 11, label: "decay")],
      secondaryYLabel: "loss")
  }

  /// Five PyTorch schedules over 90 epochs, overlaid as `plot --scheduler … ×5` draws them.
  static func fiveSchedules(logY: Bool = false) -> Chart {
    let xs = (0..<90).map(Double.init)
    let curves: [(String, (Double) -> Double)] = [
      ("CosineAnnealingLR(T_max=90)", { 0.05 * (1 + cos(Double.pi * $0 / 90)) }),
      ("StepLR(step_size=30)", { 0.1 * pow(0.1, floor($0 / 30)) }),
      ("MultiStepLR(gamma=0.3)", { x in 0.1 * pow(0.3, Double([20.0, 50, 70].filter { $0 <= x }.count)) }),
      ("ExponentialLR(gamma=0.97)", { 0.1 * pow(0.97, $0) }),
      ("CosineAnnealingWarmRestarts(T_0=10, T_mult=2)", { x in
        let (start, length) = x < 10 ? (0.0, 10.0) : x < 30 ? (10, 20) : x < 70 ? (30, 40) : (70, 80)
        return 0.05 * (1 + cos(Double.pi * (x - start) / length))
      }),
    ]
    return Chart(
      title: "Learning-rate schedules", xLabel: "epoch", yLabel: "learning rate", logY: logY,
      series: curves.map { ChartSeries(name: $0.0, xs: xs, ys: xs.map($0.1), drawStyle: .steps) },
      markers: [30, 60].map { ChartMarker(x: $0, label: "decay · StepLR", colorIndex: 1) })
  }

  /// The stroked data paths (solid or dashed, whole: gaps included) of any palette colour,
  /// without the legend handles.
  static func dataSegments(_ svg: String, layout: CairoChartLayout) -> [(PlotPoint, PlotPoint)] {
    let handle = 20 * layout.pixelsPerPoint
    return SVGPath.all(in: svg).filter { path in
      path.strokeWidth == 1.5 && (0..<10).contains { path.stroke == SeriesPalette.rgb($0) }
    }.flatMap(\.segments).filter { a, b in !(a.y == b.y && abs(abs(b.x - a.x) - handle) < 0.01) }
  }

  /// The marker labels' translucent boxes, in pixels.
  static func labelBoxes(_ svg: String) -> [PlotRect] {
    SVGPath.all(in: svg).filter {
      $0.fill == RGBColor(hex: 0xffffff) && $0.fillOpacity == 0.8 && !$0.hasCurves
    }.compactMap { path in
      guard let points = path.subpaths.first, let minX = points.map(\.x).min(),
        let maxX = points.map(\.x).max(), let minY = points.map(\.y).min(),
        let maxY = points.map(\.y).max()
      else { return nil }
      return PlotRect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }
  }

  /// Whether `inner` lies within `outer` (to a hundredth of a pixel).
  static func contains(_ outer: PlotRect, _ inner: PlotRect) -> Bool {
    inner.minX >= outer.minX - 0.01 && inner.maxX <= outer.maxX + 0.01 && inner.minY >= outer.minY - 0.01
      && inner.maxY <= outer.maxY + 0.01
  }

  static func svg(_ chart: Chart, size: (Int, Int)) throws -> (String, CairoChartLayout) {
    let renderer = CairoChartRenderer(
      options: ImageOptions(pixelWidth: size.0, pixelHeight: size.1, dpi: 100))
    let data = try renderer.data(for: chart, format: .svg)
    return (String(decoding: data, as: UTF8.self), try renderer.layout(for: chart))
  }

  /// Checks the legends of `chart` at `size`: one per panel in `panels`, each inside the image,
  /// clear of every data segment, of the other legends and of the plot areas it is not inside,
  /// and showing distinct names.
  static func expectClearLegends(_ chart: Chart, size: (Int, Int), panels: [Int]) throws {
    let (svg, layout) = try Self.svg(chart, size: size)
    let image = PlotRect(x: 0, y: 0, width: Double(size.0), height: Double(size.1))
    let plots = layout.panels.indices.compactMap { layout.pixelRect(panel: $0) }
    let legends = try panels.map { try #require(layout.legendPixelRect(panel: $0), "panel \($0) at \(size)") }
    for (panel, legend) in zip(panels, legends) {
      #expect(legend.minX >= image.minX && legend.maxX <= image.maxX, "\(legend) at \(size)")
      #expect(legend.minY >= image.minY && legend.maxY <= image.maxY, "\(legend) at \(size)")
      for plot in plots where plot.intersects(legend) {
        #expect(Self.contains(plot, legend), "legend \(legend) across the frame \(plot) at \(size)")
      }
      for other in legends where other != legend { #expect(!other.intersects(legend)) }
      let names = try #require(layout.legendNames(panel: panel))
      #expect(Set(names).count == names.count, "\(names) at \(size)")
    }
    for (a, b) in dataSegments(svg, layout: layout) {
      for legend in legends {
        #expect(LineClipper.clip(a, b, to: legend) == nil, "segment \(a)–\(b) in the legend \(legend) at \(size)")
      }
    }
  }

  @Test(arguments: sizes)
  func everyPanelsLegendOfATwoPanelChartIsClearOfTheData(size: (Int, Int)) throws {
    try Self.expectClearLegends(Self.twoRuns(), size: size, panels: [0, 1])
  }

  @Test(arguments: sizes)
  func overlaidScheduleLegendsAreClearOfTheData(size: (Int, Int)) throws {
    for count in 2...5 {
      var chart = Self.fiveSchedules()
      chart.series = Array(chart.series.prefix(count))
      try Self.expectClearLegends(chart, size: size, panels: [0])
    }
    try Self.expectClearLegends(Self.fiveSchedules(logY: true), size: size, panels: [0])
  }

  @Test(arguments: sizes)
  func markerLabelsStayInTheirPanelClearOfEachOtherAndTheLegends(size: (Int, Int)) throws {
    for chart in [Self.twoRuns(), Self.fiveSchedules()] {
      let (svg, layout) = try Self.svg(chart, size: size)
      let frame = try #require(layout.pixelRect(panel: 0))
      let legends = layout.panels.indices.compactMap { layout.legendPixelRect(panel: $0) }
      let boxes = Self.labelBoxes(svg)
      #expect(!boxes.isEmpty, "no marker label at \(size)")
      for (index, box) in boxes.enumerated() {
        #expect(Self.contains(frame, box), "label \(box) outside \(frame) at \(size)")
        for legend in legends { #expect(!box.intersects(legend), "label \(box) on the legend \(legend)") }
        for other in boxes[(index + 1)...] { #expect(!box.intersects(other)) }
      }
    }
  }

  @Test func theLossPanelsLegendLeavesItsPanelWhenTheCurvesFillIt() throws {
    let (_, layout) = try Self.svg(Self.twoRuns(), size: (640, 480))
    let legend = try #require(layout.legendPixelRect(panel: 1))
    let panel = try #require(layout.pixelRect(panel: 1))
    #expect(legend.maxY <= panel.minY)
    #expect(try #require(layout.pixelRect(panel: 0)).maxY < legend.minY)
  }

  @Test func longNamesAreCutApart() throws {
    let (_, layout) = try Self.svg(Self.twoRuns(), size: (320, 240))
    let names = try #require(layout.legendNames(panel: 1))
    #expect(names.contains { $0.contains("…") })
    #expect(names.filter { $0.hasPrefix("AdamW") }.count == 2)
    #expect(Set(names).count == 4)
    #expect(names.filter { $0.contains("…tr") }.count == 2, "\(names)")
    #expect(names.filter { $0.contains("…val") }.count == 2, "\(names)")
  }

  @Test func aMomentumLegendRepeatingTheScheduleLegendIsLeftOut() throws {
    let xs = (0..<50).map(Double.init)
    var chart = Chart(
      title: "Learning-rate schedules", yLabel: "learning rate",
      series: ["OneCycleLR()", "OneCycleLR(three_phase=true)"].enumerated().flatMap { index, name in
        [
          ChartSeries(name: name, xs: xs, ys: xs.map { 0.1 + Double(index) * $0 / 1000 }, colorIndex: index),
          ChartSeries(
            name: name + ": momentum", xs: xs, ys: xs.map { 0.9 - Double(index) * $0 / 1000 }, colorIndex: index,
            style: .dashed, axis: .secondary),
        ]
      }, secondaryYLabel: "momentum")
    var layout = try CairoChartRenderer().layout(for: chart)
    #expect(layout.legendNames(panel: 0)?.count == 2)
    #expect(layout.legendNames(panel: 1) == nil)
    chart.secondaryYLabel = "momentum / loss"
    layout = try CairoChartRenderer().layout(for: chart)
    #expect(layout.legendNames(panel: 1)?.count == 2)
  }

  @Test func longTitlesWrapOntoTwoLinesBeforeBeingCut() throws {
    var chart = Self.fiveSchedules()
    chart.title = "OneCycleLR planned per batch, run stepped per epoch"
    let small = try CairoChartRenderer(options: ImageOptions(pixelWidth: 320, pixelHeight: 240)).layout(for: chart)
    #expect(small.titleLines.count == 2)
    #expect(small.titleLines.joined(separator: " ") == chart.title)
    #expect(try CairoChartRenderer().layout(for: chart).titleLines == [chart.title])
    chart.title = String(repeating: "a very long title ", count: 20)
    let cut = try CairoChartRenderer(options: ImageOptions(pixelWidth: 320, pixelHeight: 240)).layout(for: chart)
    #expect(cut.titleLines.count == 2)
    #expect(cut.titleLines.last?.hasSuffix("…") == true)
  }

  @Test func zeroOnALogAxisRunsOffTheBottom() throws {
    let xs = (0..<20).map(Double.init)
    let chart = Chart(
      logY: true, series: [ChartSeries(name: "", xs: xs, ys: xs.map { $0 < 2 ? 0 : 1e-3 / $0 }, drawStyle: .steps)])
    let (svg, layout) = try Self.svg(chart, size: (640, 480))
    let frame = try #require(layout.pixelRect())
    let rise = try #require(layout.pixelPosition(x: 2, y: 5e-4))
    let segments = Self.dataSegments(svg, layout: layout)
    #expect(segments.contains { a, b in
      abs(a.x - rise.x) < 0.01 && abs(b.x - rise.x) < 0.01 && max(a.y, b.y) > frame.maxY
    })
  }

  @Test func textAndLinesScaleGentlyWithTheFigureNotTheResolution() throws {
    #expect(ImageOptions().sizeScale == 1)
    #expect(ImageOptions(pixelWidth: 1280, pixelHeight: 960, dpi: 200).sizeScale == 1)
    #expect(ImageOptions(pixelWidth: 1920, pixelHeight: 1080).sizeScale == 1.5)
    #expect(ImageOptions(pixelWidth: 320, pixelHeight: 240).sizeScale == 0.75)
    #expect(abs(ImageOptions(pixelWidth: 1280, pixelHeight: 720).sizeScale - 1.5.squareRoot()) < 1e-12)
    let large = try CairoChartRenderer(options: ImageOptions(pixelWidth: 1920, pixelHeight: 1080))
    #expect(abs(try large.layout(for: Self.twoRuns()).pixelsPerPoint - 100.0 / 72 * 1.5) < 1e-12)
    let pdf = String(decoding: try large.data(for: Self.twoRuns(), format: .pdf), as: UTF8.self)
    #expect(pdf.contains("/MediaBox [ 0 0 1382.4 777.6 ]"))
  }
}
