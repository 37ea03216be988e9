import Foundation
import LRSchedCairo
import LRSchedCharts
import LRSchedConfigs
import LRSchedCore
import LRSchedPlot
import Testing

/// `lrsched find-lr`'s chart as SVG at 320 × 240 to 1920 × 1080: loss against the learning rate
/// on a log axis labelled by decades, each suggestion's marker at its rate, every marker label
/// inside the plot area and clear of the others and of any legend.
@Suite struct RangeTestChartGeometryTests {
  /// The README's range test (`find-lr --samples 2000 --features 10 --classes 3 --optimizer SGD
  /// --momentum 0.9`), run on the toy problem.
  static let readme = Result { () throws(SpecError) -> RangeTestReport in
    let train: [(key: String, value: JSONValue)] = [
      ("samples", .number(JSONNumber(2000))), ("features", .number(JSONNumber(10))),
      ("classes", .number(JSONNumber(3))),
    ]
    return try RangeTestRequest(
      train: train, optimizer: OptimizerOverrides(kind: .sgd, momentum: 0.9), settings: RangeTestSettings()
    ).report()
  }

  /// The README's curve with other suggestions: two almost at one rate, or at the ramp's ends.
  static func reports() throws -> [RangeTestReport] {
    let report = try readme.get()
    let others: [[(String, Double)]] = [
      [("steepest", 0.201), ("minimum", 0.202), ("valley", 0.00132)],
      [("minimum", 1e-7), ("steepest", 10), ("valley", 0.5)],
    ]
    return [report] + others.map { suggestions in
      RangeTestReport(
        curve: report.curve, suggestions: suggestions.map { LRSuggestion(name: $0.0, lr: $0.1, index: 0, loss: 1) },
        source: report.source)
    }
  }

  @Test(arguments: SizedChartGeometryTests.sizes)
  func theLearningRateAxisIsLogarithmicWithDecadeTicks(size: (Int, Int)) throws {
    let report = try Self.readme.get()
    let chart = RangeTestChart.chart(report, title: "LR range test")
    #expect(chart.logX && chart.xLabel == "learning rate")
    let (svg, layout) = try SizedChartGeometryTests.svg(chart, size: size)
    #expect(layout.xAxis.scale == .logarithmic)
    let ticks = layout.xAxis.ticks
    #expect(ticks.count >= 4, "\(ticks.map(\.label)) at \(size)")
    for tick in ticks {
      let exponent = try #require(tick.decadeExponent, "\(tick.label) at \(size)")
      #expect(tick.value == pow(10, Double(exponent)))
    }
    let frame = try #require(layout.pixelRect())
    let positions = try ticks.map { try #require(layout.pixelPosition(x: $0.value, y: 1)).x }
    for (a, b) in zip(positions, positions.dropFirst()) {
      #expect(b - a >= 30 * layout.pixelsPerPoint, "decade labels crowded at \(size)")
    }
    let (low, high) = (log10(layout.xAxis.range.lowerBound), log10(layout.xAxis.range.upperBound))
    let markerXs = SVGPath.all(in: svg).filter { $0.stroke == RGBColor(hex: 0x555555) && $0.dashed }
      .flatMap(\.segments).filter { $0.0.x == $0.1.x }.map(\.0.x)
    for suggestion in report.suggestions {
      let x = frame.minX + (log10(suggestion.lr) - low) / (high - low) * frame.width
      #expect(markerXs.contains { abs($0 - x) < 0.01 }, "\(suggestion.name) at \(size)")
    }
  }

  @Test(arguments: SizedChartGeometryTests.sizes)
  func markerLabelsAreAllShownInsideAndApart(size: (Int, Int)) throws {
    for report in try Self.reports() {
      let chart = RangeTestChart.chart(report, title: "LR range test")
      let (svg, layout) = try SizedChartGeometryTests.svg(chart, size: size)
      let frame = try #require(layout.pixelRect())
      #expect(layout.legendPixelRect() == nil, "a legend repeating the y label at \(size)")
      let legends = layout.panels.indices.compactMap { layout.legendPixelRect(panel: $0) }
      let boxes = SizedChartGeometryTests.labelBoxes(svg)
      #expect(boxes.count == report.suggestions.count, "\(report.suggestions.map(\.lr)) at \(size)")
      for (index, box) in boxes.enumerated() {
        #expect(SizedChartGeometryTests.contains(frame, box), "label \(box) outside \(frame) at \(size)")
        for legend in legends { #expect(!box.intersects(legend), "label \(box) on the legend \(legend)") }
        for other in boxes[(index + 1)...] { #expect(!box.intersects(other), "\(box) on \(other) at \(size)") }
      }
    }
  }
}
