import Foundation
import LRSchedCairo
import LRSchedPlot
import Testing

/// What the SVG output draws, checked as geometry: steps, legend and label placement, colours.
@Suite struct ChartGeometryTests {
  /// StepLR(step_size=30, gamma=0.1) from lr 0.1, one row per epoch for 100 epochs.
  static func stepLR(drawStyle: SeriesDrawStyle = .steps) -> Chart {
    let xs = (0..<100).map(Double.init)
    let ys = xs.map { 0.1 * pow(0.1, Double(Int($0) / 30)) }
    return Chart(
      title: "StepLR", xLabel: "epoch", yLabel: "learning rate",
      series: [ChartSeries(name: "StepLR", xs: xs, ys: ys, drawStyle: drawStyle)],
      markers: [30, 60, 90].map { ChartMarker(x: $0, label: "decay") })
  }

  /// SGDR-like restarts every 10 epochs over 100, and a flat series, both named.
  static func restarts() -> Chart {
    let xs = (0..<1000).map { Double($0) / 10 }
    let sgdr = xs.map { 0.05 * (1 + cos(Double.pi * $0.truncatingRemainder(dividingBy: 10) / 10)) }
    return Chart(
      title: "restarts", xLabel: "epoch", yLabel: "learning rate",
      series: [
        ChartSeries(name: "CosineAnnealingWarmRestarts(T_0=10)", xs: xs, ys: sgdr),
        ChartSeries(name: "constant", xs: xs, ys: xs.map { _ in 0.05 }),
      ],
      markers: stride(from: 10.0, to: 100, by: 10).map { ChartMarker(x: $0, label: "restart") })
  }

  static func svg(_ chart: Chart, size: (Int, Int) = (640, 480)) throws -> (String, CairoChartLayout) {
    let renderer = CairoChartRenderer(
      options: ImageOptions(pixelWidth: size.0, pixelHeight: size.1, dpi: 100))
    let data = try renderer.data(for: chart, format: .svg)
    return (String(decoding: data, as: UTF8.self), try renderer.layout(for: chart))
  }

  /// The stroked data paths (line width 1.5 × px per pt, solid) in `color`.
  static func dataPaths(_ paths: [SVGPath], color: RGBColor) -> [SVGPath] {
    paths.filter { $0.stroke == color && !$0.dashed && ($0.strokeWidth ?? 0) == 1.5 }
  }

  @Test func epochSteppedStepLRIsHorizontalAndVerticalWithOneDropPerMilestone() throws {
    let chart = Self.stepLR()
    let (svg, layout) = try Self.svg(chart)
    let data = Self.dataPaths(SVGPath.all(in: svg), color: SeriesPalette.rgb(0))
    let segments = data.flatMap(\.segments)
    #expect(!segments.isEmpty)
    #expect(segments.allSatisfy { abs($0.0.x - $0.1.x) < 1e-3 || abs($0.0.y - $0.1.y) < 1e-3 })
    let drops = segments.filter { abs($0.0.x - $0.1.x) < 1e-3 && abs($0.0.y - $0.1.y) > 1 }
    #expect(drops.count == 3)
    for (milestone, drop) in zip([30.0, 60, 90], drops.sorted { $0.0.x < $1.0.x }) {
      let expected = try #require(layout.pixelPosition(x: milestone, y: 0.1))
      #expect(abs(drop.0.x - expected.x) < 0.01)
    }
  }

  @Test func lineStyleJoinsThePointsWithSlopes() throws {
    let (svg, _) = try Self.svg(Self.stepLR(drawStyle: .line))
    let segments = Self.dataPaths(SVGPath.all(in: svg), color: SeriesPalette.rgb(0))
      .flatMap(\.segments)
    #expect(segments.contains { abs($0.0.x - $0.1.x) > 1 && abs($0.0.y - $0.1.y) > 1 })
  }

  @Test(arguments: [(640, 480), (320, 240), (1920, 1080)])
  func noDataSegmentPassesThroughTheLegend(size: (Int, Int)) throws {
    let chart = Self.restarts()
    let (svg, layout) = try Self.svg(chart, size: size)
    let legend = try #require(layout.legendPixelRect())
    let paths = SVGPath.all(in: svg)
    for index in 0..<2 {
      let segments = Self.dataPaths(paths, color: SeriesPalette.rgb(index)).flatMap(\.segments)
      let handle = 20 * layout.pixelsPerPoint
      for (a, b) in segments where !(a.y == b.y && abs(abs(b.x - a.x) - handle) < 0.01) {
        #expect(LineClipper.clip(a, b, to: legend) == nil, "segment \(a)–\(b) in the legend \(legend)")
      }
    }
  }

  @Test func markerLabelBoxesOverlapNeitherEachOtherNorTheLegend() throws {
    var chart = Self.restarts()
    chart.markers += [ChartMarker(x: 11, label: "a long label next to another"), ChartMarker(x: 12, label: "and another one")]
    for size in [(640, 480), (320, 240)] {
      let (svg, layout) = try Self.svg(chart, size: size)
      let legend = layout.legendPixelRect() ?? PlotRect(x: -10, y: -10, width: 1, height: 1)
      #expect(layout.legendPixelRect() != nil)
      let boxes = SVGPath.all(in: svg).filter {
        $0.fill == RGBColor(hex: 0xffffff) && $0.fillOpacity == 0.8 && !$0.hasCurves
      }.compactMap { path -> PlotRect? in
        guard let points = path.subpaths.first, let minX = points.map(\.x).min(),
          let maxX = points.map(\.x).max(), let minY = points.map(\.y).min(),
          let maxY = points.map(\.y).max()
        else { return nil }
        return PlotRect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
      }
      #expect(boxes.count >= 3)
      for (i, box) in boxes.enumerated() {
        #expect(!box.intersects(legend))
        for other in boxes[(i + 1)...] { #expect(!box.intersects(other)) }
      }
    }
  }

  @Test func overlaidMarkersAreDrawnInEachSeriesColour() throws {
    var chart = Self.restarts()
    chart.markers = [
      ChartMarker(x: 20, label: "restart · SGDR", colorIndex: 0),
      ChartMarker(x: 20, label: "warmup end · constant", colorIndex: 1),
    ]
    let (svg, _) = try Self.svg(chart)
    let dashed = SVGPath.all(in: svg).filter(\.dashed)
    #expect(dashed.contains { $0.stroke == SeriesPalette.rgb(0) })
    #expect(dashed.contains { $0.stroke == SeriesPalette.rgb(1) })
  }

  @Test func aSingleSeriesLegendRepeatingTheTitleIsLeftOut() throws {
    var chart = Self.stepLR()
    #expect(try Self.svg(chart).1.legendPixelRect() == nil)
    chart.title = "another title"
    #expect(try Self.svg(chart).1.legendPixelRect() != nil)
  }

  @Test func denormalSpansRender() throws {
    let chart = Chart(
      series: [ChartSeries(name: "tiny", xs: [0, 5e-324, 1e-323], ys: [1e-323, 5e-324, 5e-324])])
    for format in [ImageFormat.png, .svg] {
      #expect(try !CairoChartRenderer().data(for: chart, format: format).isEmpty)
    }
    #expect(!TerminalChartRenderer(width: 60, height: 15, color: false).render(chart).isEmpty)
  }
}
