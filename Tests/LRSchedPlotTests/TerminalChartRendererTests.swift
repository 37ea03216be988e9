import Foundation
import Testing

@testable import LRSchedPlot

@Suite struct TerminalChartRendererTests {
  static func cosine() -> Chart {
    let count = 100
    let ys = (0..<count).map { 0.05 * (1 + cos(Double.pi * Double($0) / Double(count - 1))) }
    return Chart(
      title: "cosine annealing", xLabel: "step", yLabel: "lr",
      series: [ChartSeries(name: "lr", ys: ys)])
  }

  static func warmupWithMomentum() -> Chart {
    let xs = (0..<1000).map(Double.init)
    let lr = xs.map { $0 < 100 ? 0.1 * $0 / 100 : 0.1 * pow(0.1, Double(Int($0) / 300)) }
    let momentum = xs.map { $0 < 100 ? 0.95 - 0.1 * $0 / 100 : 0.85 + 0.1 * ($0 - 100) / 900 }
    return Chart(
      title: "step decay with warmup", xLabel: "step", yLabel: "learning rate",
      series: [
        ChartSeries(name: "lr", xs: xs, ys: lr),
        ChartSeries(name: "momentum", xs: xs, ys: momentum, axis: .secondary),
      ],
      markers: [ChartMarker(x: 100, label: "warmup end"), ChartMarker(x: 300, label: "milestone")],
      secondaryYLabel: "momentum")
  }

  @Test func cosineSnapshot() {
    let text = TerminalChartRenderer(width: 60, height: 15, color: false).render(Self.cosine())
    let expected = """
      lr                      cosine annealing
           ┌─────────────────────────────────────────────────────┐
      0.10 ┤⠉⠉⠉⠉⠒⠒⠒⠢⠤⢄⣀                                          │
           │           ⠉⠑⠒⠤⢄⡀                                    │
           │                ⠈⠑⠢⢄⡀                                │
           │                    ⠈⠑⠒⠤⡀                            │
      0.05 ┤                        ⠈⠑⠢⢄⡀                        │
           │                            ⠈⠒⠤⢄⡀                    │
           │                                ⠈⠑⠢⢄⡀                │
           │                                    ⠈⠑⠒⠤⢄⣀           │
      0.00 ┤                                          ⠉⠑⠒⠢⠤⠤⠤⣀⣀⣀⣀│
           └┬─────────┬──────────┬──────────┬─────────┬──────────┘
            0         20         40         60        80
                                    step
            ⠒⠒⠒⠒⠒ lr
      """
    #expect(text == expected)
  }

  @Test func plainTextHasNoEscapesAndFitsTheSize() {
    for chart in [Self.cosine(), Self.warmupWithMomentum()] {
      for (width, height) in [(60, 15), (80, 24), (20, 6), (200, 60)] {
        let text = TerminalChartRenderer(width: width, height: height, color: false).render(chart)
        #expect(!text.unicodeScalars.contains("\u{1B}"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= height)
        #expect(lines.allSatisfy { $0.count <= width })
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
      }
    }
  }

  @Test func fullHeightIsUsedWhenEverythingFits() {
    let text = TerminalChartRenderer(width: 60, height: 15, color: false).render(Self.cosine())
    #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count == 15)
  }

  @Test func colourAppearsOnlyWhenEnabled() {
    let chart = Self.warmupWithMomentum()
    let text = TerminalChartRenderer(width: 80, height: 24, color: true).render(chart)
    #expect(text.contains("\u{1B}[34m"))
    #expect(text.contains("\u{1B}[33m"))
    #expect(text.contains("\u{1B}[0m"))
    #expect(text.contains("\u{1B}[\(SeriesPalette.ansiMarker)m"))
    let stripped = text.replacingOccurrences(
      of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    #expect(stripped == TerminalChartRenderer(width: 80, height: 24, color: false).render(chart))
  }

  @Test func secondaryPanelMarkersAndLegend() {
    let text = TerminalChartRenderer(width: 80, height: 24, color: false).render(
      Self.warmupWithMomentum())
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.contains("├─ momentum ─") })
    #expect(
      lines.contains { $0.contains("┌") && $0.contains("warmup end") && $0.contains("milestone") })
    #expect(lines.contains { $0.hasSuffix("⠒⠒•⠒⠒ lr") })
    #expect(lines.contains { $0.hasSuffix("⠒⠒×⠒⠒ momentum") })
    #expect(lines.filter { $0.contains("┤") }.count >= 4)
  }

  @Test func logAxisShowsDecades() {
    var chart = Self.warmupWithMomentum()
    chart.logY = true
    let text = TerminalChartRenderer(width: 80, height: 24, color: false).render(chart)
    #expect(text.contains("1e-1 ┤"))
    #expect(text.contains("1e-4 ┤"))
  }

  @Test func degenerateChartsRender() {
    let charts = [
      Chart(),
      Chart(series: [ChartSeries(name: "one", xs: [5], ys: [0.1])]),
      Chart(series: [ChartSeries(name: "flat", ys: [0.1, 0.1, 0.1])]),
      Chart(series: [ChartSeries(name: "nan", ys: [.nan, .infinity, -.infinity])]),
      Chart(logY: true, series: [ChartSeries(name: "zeros", ys: [0, 0, -1])]),
      Chart(series: [ChartSeries(name: "mismatched", xs: [1, 2, 3], ys: [1])]),
      Chart(
        series: [
          ChartSeries(name: "huge", ys: [-.greatestFiniteMagnitude, .greatestFiniteMagnitude])
        ],
        markers: [ChartMarker(x: .nan, label: "nan"), ChartMarker(x: 1e300, label: "far")]),
      Chart(series: [ChartSeries(name: "only secondary", ys: [1, 2], axis: .secondary)]),
      Chart(series: [ChartSeries(name: "bad limits", ys: [1, 2])], xRange: 5...5, yRange: 1...1),
    ]
    for chart in charts {
      for (width, height) in [(Int.min, Int.min), (20, 6), (80, 24), (Int.max, Int.max)] {
        let text = TerminalChartRenderer(width: width, height: height, color: true).render(chart)
        #expect(!text.isEmpty)
      }
    }
  }

  @Test func millionsOfPointsAreDecimated() {
    let count = 2_000_000
    let xs = (0..<count).map(Double.init)
    var ys = [Double](repeating: 0.01, count: count)
    ys[1_234_567] = 1
    let chart = Chart(series: [ChartSeries(name: "spiky", xs: xs, ys: ys)])
    let text = TerminalChartRenderer(width: 60, height: 15, color: false).render(chart)
    let top = text.split(separator: "\n")[1]
    #expect(
      top.contains { $0.unicodeScalars.first.map { (0x2801...0x28FF).contains($0.value) } ?? false }
    )
  }

  @Test func panelsSplitSeriesByAxis() {
    let chart = Self.warmupWithMomentum()
    #expect(chart.panels.map(\.axis) == [.primary, .secondary])
    #expect(chart.panels[1].series.first?.colorIndex == 1)
    #expect(
      Chart(series: [ChartSeries(name: "m", ys: [1], axis: .secondary)]).panels.map(\.axis) == [
        .secondary
      ])
    #expect(Chart().panels.count == 1)
  }
}
