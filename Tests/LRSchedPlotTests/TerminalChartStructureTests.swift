import Foundation
import Testing

@testable import LRSchedPlot

/// The terminal chart's layout at the widths people use, with and without colour: it fits,
/// series differ without colour, markers never look like data, and every marker label shows.
@Suite struct TerminalChartStructureTests {
  static let widths = [40, 80, 120, 200]
  static let height = 24

  static func render(_ chart: Chart, width: Int, color: Bool = false) -> String {
    TerminalChartRenderer(width: width, height: height, color: color).render(chart)
  }

  @Test(arguments: widths) func linesFitAndColourOnlyAddsEscapes(width: Int) {
    for (name, chart) in TerminalChartFixtures.all() {
      let plain = Self.render(chart, width: width)
      #expect(!plain.unicodeScalars.contains("\u{1B}"), "\(name)")
      let lines = plain.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == Self.height, "\(name)")
      #expect(lines.allSatisfy { $0.count <= width && !$0.hasSuffix(" ") }, "\(name) at \(width)")
      let colored = Self.render(chart, width: width, color: true)
      #expect(colored.contains("\u{1B}["), "\(name)")
      #expect(RenderedChart.stripped(colored) == plain, "\(name) at \(width)")
    }
  }

  @Test(arguments: widths) func legendSamplesAreDistinctAndDrawnInThePlot(width: Int) throws {
    for (name, chart) in TerminalChartFixtures.all() {
      let patterns = TerminalChartRenderer.patterns(for: chart)
      let parsed = try #require(RenderedChart(Self.render(chart, width: width)))
      for (item, pattern) in zip(chart.series, patterns) {
        let entry = pattern.sample + " " + item.name.prefix(8)
        #expect(parsed.footer.contains { $0.contains(entry) }, "\(name): \(entry)")
      }
      let kinds = Set(chart.series.map { "\($0.colorIndex ?? -1) \($0.style)" })
      #expect(Set(patterns.map(\.sample)).count == kinds.count, "\(name)")
      let plot = parsed.plotCharacters
      for glyph in patterns.compactMap(\.glyph) {
        #expect(plot.contains(glyph), "\(name) at \(width): \(glyph)")
      }
      #expect(plot.contains(where: RenderedChart.isBraille), "\(name)")
      let allowed = Set(TerminalSeriesPattern.glyphs + [" ", TerminalChartRenderer.markerRule])
      #expect(plot.allSatisfy { allowed.contains($0) || RenderedChart.isBraille($0) }, "\(name)")
    }
  }

  @Test func seriesOfOneColourDifferByStrokeAndOfSeveralByGlyph() {
    let overlay = TerminalChartRenderer.patterns(for: TerminalChartFixtures.overlay(5))
    #expect(Set(overlay.compactMap(\.glyph)).count == 5)
    #expect(Set(overlay.map(\.dash)) == [.solid])
    let momentum = TerminalChartRenderer.patterns(for: TerminalChartFixtures.momentum())
    #expect(momentum.allSatisfy { $0.glyph == nil })
    #expect(momentum.map(\.dash) == [.solid, .dashed])
    let single = TerminalChartRenderer.patterns(for: TerminalChartFixtures.overlay(1))
    #expect(single.map(\.glyph) == [nil])
  }

  @Test func markerRuleIsNoDataGlyph() {
    let rule = TerminalChartRenderer.markerRule
    #expect(!RenderedChart.isBraille(rule))
    #expect(!TerminalSeriesPattern.glyphs.contains(rule))
    #expect(TerminalSeriesPattern.glyphs.allSatisfy { !RenderedChart.isBraille($0) && !$0.isLetter })
    #expect(Set(TerminalSeriesPattern.glyphs).count == TerminalSeriesPattern.glyphs.count)
  }

  /// A marker where a step rises (ConstantLR's factor end) only adds `┊` to empty cells: it
  /// neither adds dots nor hides any, and its rule shows below the step.
  @Test(arguments: widths) func markersAddRulesOnlyToEmptyCells(width: Int) throws {
    var constant = TerminalChartFixtures.overlay(5)
    constant.series = [constant.series[4]]
    constant.markers = [ChartMarker(x: 20, label: "factor end")]
    constant.yRange = 0...0.1
    for chart in [constant, TerminalChartFixtures.momentum()] {
      var bare = chart
      bare.markers = []
      let marked = try #require(RenderedChart(Self.render(chart, width: width)))
      let unmarked = try #require(RenderedChart(Self.render(bare, width: width)))
      #expect(marked.lines.count == unmarked.lines.count)
      var rules = 0
      for row in marked.plotRows {
        for column in marked.plotColumns {
          let with = marked.character(row: row, column: column)
          let without = unmarked.character(row: row, column: column)
          if with == TerminalChartRenderer.markerRule && without == " " {
            rules += 1
          } else {
            #expect(with == without, "row \(row), column \(column) at \(width)")
          }
        }
      }
      #expect(rules > 0)
      let label = try #require(chart.markers.first?.label)
      #expect(marked.topFrame.contains(label))
      let start = try #require(marked.topFrame.range(of: label)).lowerBound
      let column = marked.left + 1 + marked.topFrame.distance(from: marked.topFrame.startIndex, to: start)
      #expect(marked.columns(holding: TerminalChartRenderer.markerRule) == [column])
    }
  }

  /// Every `┊` column has its label, letter or tick on the top frame line, at most two cells off.
  @Test(arguments: widths) func everyRuleHasItsMarkOnTheFrame(width: Int) throws {
    for (name, chart) in TerminalChartFixtures.all() where !chart.markers.isEmpty {
      let parsed = try #require(RenderedChart(Self.render(chart, width: width)))
      for column in parsed.columns(holding: TerminalChartRenderer.markerRule) {
        let marks = (column - 2...column + 2).map { parsed.character(row: parsed.top, column: $0) }
        #expect(marks.contains { $0 != "─" }, "\(name) at \(width), column \(column)")
      }
    }
  }

  static let rangeTests: [[(String, Double)]] = [
    TerminalChartFixtures.suggestions,
    [("steepest 0.201", 0.201), ("minimum 0.202", 0.202), ("valley 0.00132", 0.00132)],
    [("minimum 1e-07", 1e-7), ("steepest 10", 10), ("valley 0.5", 0.5)],
    [("steepest 0.0675", 0.0675)],
  ]

  /// find-lr's chart: each label shown once and whole, all of them the same way (on the frame
  /// line from their marker's column, or as a letter there and in the key), the frame's corners
  /// kept.
  @Test(arguments: widths) func rangeTestLabelsAreAllShownAlignedAndApart(width: Int) throws {
    for suggestions in Self.rangeTests {
      let chart = TerminalChartFixtures.rangeTest(suggestions)
      let text = Self.render(chart, width: width)
      let parsed = try #require(RenderedChart(text))
      #expect(parsed.character(row: parsed.top, column: parsed.left) == "┌")
      #expect(parsed.character(row: parsed.top, column: parsed.right) == "┐")
      let dotWidth = parsed.plotColumns.count * 2
      let top = Array(parsed.topFrame)
      var inline = 0
      for (label, lr) in suggestions {
        #expect(text.components(separatedBy: label).count == 2, "\(label) at \(width)")
        let dot = Int(((log10(lr) + 7) / 8 * Double(dotWidth - 1)).rounded())
        let column = dot / 2
        if parsed.topFrame.contains(label) {
          inline += 1
          #expect(String(top[column..<min(column + label.count, top.count)]) == label, "\(label) at \(width)")
        } else {
          let entry = try #require(
            parsed.footer.first { $0.contains(" " + label) }, "\(label) at \(width)")
          let before = try #require(entry.range(of: " " + label)).lowerBound
          let tag = entry[entry.index(before, offsetBy: -1)]
          let near = (column - 2...column + 2).filter { $0 >= 0 && $0 < top.count }
          #expect(near.contains { top[$0] == tag }, "\(label) at \(width)")
        }
      }
      #expect(inline == 0 || inline == suggestions.count, "\(suggestions) at \(width)")
    }
  }

  /// find-lr's learning-rate axis is logarithmic: labels `1e-7` … `1e1` like a log y axis'
  /// decades, in order, each over its ┬ at its decade's column.
  @Test(arguments: widths) func rangeTestXAxisIsLabelledByDecade(width: Int) throws {
    let parsed = try #require(RenderedChart(Self.render(TerminalChartFixtures.rangeTest(), width: width)))
    let labels = String(parsed.lines[parsed.bottom + 1]).split(separator: " ").map(String.init)
    let decades = (-7...1).map { "1e\($0)" }
    #expect(labels == decades.filter(labels.contains), "\(labels) at \(width)")
    #expect(labels.count >= (width >= 80 ? 9 : 4), "\(labels) at \(width)")
    let dotWidth = parsed.plotColumns.count * 2
    for label in labels {
      let exponent = try #require(Double(label.dropFirst(2)))
      let column = parsed.left + 1 + Int(((exponent + 7) / 8 * Double(dotWidth - 1)).rounded()) / 2
      #expect(parsed.character(row: parsed.bottom, column: column) == "┬", "\(label) at \(width)")
    }
  }

  /// On a log y axis a rate of zero (a warmup from 0) runs off the bottom of the panel, as in the
  /// images: the rise to the first positive rate is drawn from the bottom row up.
  @Test(arguments: widths) func zeroOnALogAxisRunsOffTheBottom(width: Int) throws {
    let xs = (0...20).map(Double.init)
    let chart = Chart(
      logY: true, series: [ChartSeries(name: "", xs: xs, ys: xs.map { $0 == 0 ? 0 : 0.1 }, drawStyle: .steps)])
    let parsed = try #require(RenderedChart(Self.render(chart, width: width)))
    let rows = parsed.plotRows
    #expect(rows.count > 6)
    for row in rows.suffix(rows.count / 3) {
      let cells = parsed.plotColumns.map { parsed.character(row: row, column: $0) }
      #expect(cells.filter(RenderedChart.isBraille).count == 1, "row \(row) at \(width)")
    }
  }

  @Test func defaultRangeTestUsesTheKeyAt80Columns() throws {
    let parsed = try #require(
      RenderedChart(Self.render(TerminalChartFixtures.rangeTest(), width: 80)))
    #expect(parsed.topFrame.filter(\.isLetter) == "abc")
    #expect(parsed.footer.contains("     ┊ a valley 0.00132   b steepest 0.201   c minimum 0.394"))
  }
}
