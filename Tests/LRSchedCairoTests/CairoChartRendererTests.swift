import Foundation
import LRSchedCairo
import LRSchedTestSupport
import LRSchedPlot
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct CairoChartRendererTests {
  static func levels() -> Chart {
    let xs = (0...100).map { Double($0) / 10 }
    return Chart(
      title: "levels", xLabel: "step", yLabel: "lr",
      series: [
        ChartSeries(name: "half", xs: xs, ys: xs.map { _ in 0.5 }),
        ChartSeries(name: "quarter", xs: xs, ys: xs.map { _ in 0.25 }),
      ],
      markers: [ChartMarker(x: 5, label: "milestone")],
      xRange: 0...10, yRange: 0...1)
  }

  static func schedule(points: Int = 1000) -> Chart {
    let xs = (0..<points).map(Double.init)
    let lr = xs.map { 0.05 * (1 + cos(Double.pi * $0 / Double(points - 1))) }
    let momentum = xs.map { 0.85 + 0.1 * $0 / Double(points - 1) }
    return Chart(
      title: "cosine", xLabel: "step", yLabel: "lr",
      series: [
        ChartSeries(name: "lr", xs: xs, ys: lr),
        ChartSeries(name: "momentum", xs: xs, ys: momentum, axis: .secondary),
      ],
      markers: [ChartMarker(x: Double(points) / 10, label: "warmup end")],
      secondaryYLabel: "momentum")
  }

  /// Rows in column `x` whose pixel is within `tolerance` of `color`.
  static func rows(in image: PNGImage, x: Int, matching color: RGBColor, tolerance: Int = 40)
    -> [Int]
  {
    (0..<image.height).filter { y in
      image[x, y].map { $0.distance(to: RGBAPixel(color)) <= tolerance } ?? false
    }
  }

  @Test func pngCurvesLandWhereTheirValuesSay() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("levels.png")
    let renderer = CairoChartRenderer()
    try renderer.write(Self.levels(), toPath: path, format: .png)
    let image = try PNGImage.load(path: path)
    #expect(image.width == 640)
    #expect(image.height == 480)
    #expect(image[0, 0] == RGBAPixel(red: 255, green: 255, blue: 255))

    let layout = try renderer.layout(for: Self.levels())
    let rect = try #require(layout.pixelRect())
    #expect(rect.minX > 20 && rect.maxX < 630 && rect.minY > 10 && rect.maxY < 460)
    for (value, color) in [(0.5, SeriesPalette.rgb(0)), (0.25, SeriesPalette.rgb(1))] {
      let expected = try #require(layout.pixelPosition(x: 2.5, y: value))
      let found = Self.rows(in: image, x: Int(expected.x), matching: color)
      #expect(!found.isEmpty, "no curve of value \(value)")
      let centre = Double(found.reduce(0, +)) / Double(max(found.count, 1))
      #expect(
        abs(centre - expected.y) <= 2, "value \(value): rows \(found), expected \(expected.y)")
      #expect(found.allSatisfy { abs(Double($0) - expected.y) <= 3 })
    }
    let top = try #require(layout.pixelPosition(x: 0, y: 1))
    let bottom = try #require(layout.pixelPosition(x: 0, y: 0))
    #expect(abs(top.y - rect.minY) < 1e-9 && abs(bottom.y - rect.maxY) < 1e-9)
  }

  @Test func higherDPIScalesThePixelSize() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("big.png")
    let renderer = CairoChartRenderer(
      options: ImageOptions(widthInches: 3, heightInches: 2, dpi: 200))
    try renderer.write(Self.schedule(), toPath: path)
    let image = try PNGImage.load(path: path)
    #expect(image.width == 600)
    #expect(image.height == 400)
  }

  @Test func svgIsWellFormedAndSizedInPixels() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("schedule.svg")
    try CairoChartRenderer().write(Self.schedule(), toPath: path, format: .svg)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let delegate = RootAttributes()
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    #expect(parser.parse(), "\(String(describing: parser.parserError))")
    #expect(delegate.name == "svg")
    #expect(delegate.attributes["width"] == "640px")
    #expect(delegate.attributes["height"] == "480px")
  }

  @Test func pdfHasAPage() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("schedule.pdf")
    try CairoChartRenderer().write(Self.schedule(), toPath: path, format: .pdf)
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.starts(with: Array("%PDF".utf8)))
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("/Type /Page"))
    #expect(text.contains("/MediaBox [ 0 0 460.8 345.6 ]"))
  }

  @Test func hugeSeriesMakeSmallVectorFiles() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("huge.svg")
    var chart = Self.schedule(points: 1_000_000)
    chart.series[0].ys[400_000] = 0.5
    try CairoChartRenderer().write(chart, toPath: path)
    let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    #expect(size < 400_000)
  }

  @Test func failedWriteThrowsAndLeavesNothing() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let missing = directory.path("missing/plot.png")
    #expect(throws: CairoPlotError.directoryNotFound(directory.path("missing"))) {
      try CairoChartRenderer().write(Self.levels(), toPath: missing, format: .png)
    }
    #expect(!FileManager.default.fileExists(atPath: missing))
    #expect(try directory.contents().isEmpty)

    let taken = directory.path("taken.svg")
    try FileManager.default.createDirectory(atPath: taken, withIntermediateDirectories: false)
    #expect(throws: CairoPlotError.self) {
      try CairoChartRenderer().write(Self.levels(), toPath: taken, format: .svg)
    }
    #expect(try directory.contents() == ["taken.svg"])
    #expect(throws: CairoPlotError.self) {
      try CairoChartRenderer().write(Self.levels(), toPath: directory.path("plot.gif"))
    }
  }

  @Test func unwritableDirectoryThrows() throws {
    guard getuid() != 0 else { return }
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let locked = directory.path("locked")
    try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
    chmod(locked, 0o500)
    defer { chmod(locked, 0o700) }
    #expect(throws: CairoPlotError.directoryNotWritable(locked)) {
      try CairoChartRenderer().write(Self.levels(), toPath: locked + "/plot.png")
    }
  }

  @Test func existingFileIsReplacedWithoutLeftovers() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let path = directory.path("plot.png")
    try Data("old".utf8).write(to: URL(fileURLWithPath: path))
    try CairoChartRenderer().write(Self.levels(), toPath: path)
    #expect(try PNGImage.load(path: path).width == 640)
    #expect(try directory.contents() == ["plot.png"])
  }

  @Test func inMemoryRenderingMatchesFiles() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let renderer = CairoChartRenderer()
    let png = try renderer.data(for: Self.levels(), format: .png)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    let path = directory.path("levels.png")
    try png.write(to: URL(fileURLWithPath: path))
    #expect(try PNGImage.load(path: path).width == 640)
    let svg = try renderer.data(for: Self.schedule(), format: .svg)
    #expect(String(decoding: svg, as: UTF8.self).contains("width=\"640px\""))
    let pdf = try renderer.data(for: Self.schedule(), format: .pdf)
    #expect(pdf.starts(with: Array("%PDF".utf8)))
  }

  @Test func loadingAMissingPNGThrows() {
    #expect(throws: CairoPlotError.self) {
      try PNGImage.load(path: "/nonexistent/lrsched/plot.png")
    }
  }

  @Test func degenerateChartsRenderToEveryFormat() throws {
    let directory = try TemporaryDirectory()
    defer { directory.remove() }
    let charts = [
      Chart(),
      Chart(
        title: String(repeating: "long title ", count: 40),
        series: [ChartSeries(name: "one", xs: [5], ys: [0.1])]),
      Chart(logY: true, series: [ChartSeries(name: "zeros", ys: [0, 0, -1, .nan])]),
      Chart(
        series: [
          ChartSeries(
            name: "huge", ys: [-.greatestFiniteMagnitude, .greatestFiniteMagnitude, .nan])
        ],
        markers: [ChartMarker(x: .infinity, label: "inf")]),
      Chart(
        series: [ChartSeries(name: "", ys: [1, 2], axis: .secondary)], xRange: 3...3, yRange: 1...1),
    ]
    let sizes = [ImageOptions(), ImageOptions(pixelWidth: 1, pixelHeight: 1, dpi: 1)]
    for (index, chart) in charts.enumerated() {
      for options in sizes {
        for format in ImageFormat.allCases {
          let path = directory.path("chart\(index).\(format.fileExtension)")
          try CairoChartRenderer(options: options).write(chart, toPath: path, format: format)
          #expect(FileManager.default.fileExists(atPath: path))
        }
      }
    }
  }
}

/// Records the root element of an XML document.
final class RootAttributes: NSObject, XMLParserDelegate {
  var name: String?
  var attributes: [String: String] = [:]

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    guard name == nil else { return }
    name = elementName
    self.attributes = attributes
  }
}
