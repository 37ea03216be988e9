import Testing

@testable import LRSchedPlot

@Suite struct BrailleCanvasTests {
  @Test func dotsMapToBraillePatterns() {
    var canvas = BrailleCanvas(columns: 2, rows: 1)
    canvas.set(x: 0, y: 0)
    canvas.set(x: 3, y: 3)
    #expect(canvas.lines() == ["\u{2801}\u{2880}"])
    #expect(canvas.isSet(x: 0, y: 0))
    #expect(!canvas.isSet(x: 1, y: 0))
  }

  @Test func linesAreContinuousAndClipped() {
    var canvas = BrailleCanvas(columns: 4, rows: 2)
    canvas.line(from: PlotPoint(x: 0, y: 0), to: PlotPoint(x: 7, y: 7), color: 1)
    for step in 0..<8 { #expect(canvas.isSet(x: step, y: step)) }
    var clipped = BrailleCanvas(columns: 4, rows: 2)
    clipped.line(from: PlotPoint(x: -1e300, y: 3), to: PlotPoint(x: 1e300, y: 3))
    #expect((0..<8).allSatisfy { clipped.isSet(x: $0, y: 3) })
    clipped.line(from: PlotPoint(x: .nan, y: 0), to: PlotPoint(x: 1, y: 1))
    clipped.set(x: -1, y: 1_000_000)
  }

  @Test func lastColourWins() {
    var canvas = BrailleCanvas(columns: 1, rows: 1)
    canvas.set(x: 0, y: 0, color: 31)
    canvas.set(x: 1, y: 1, color: 32)
    #expect(canvas.color(column: 0, row: 0) == 32)
  }

  @Test func clipperKeepsInsideParts() throws {
    let rect = PlotRect(x: 0, y: 0, width: 10, height: 10)
    let (a, b) = try #require(
      LineClipper.clip(PlotPoint(x: -5, y: 5), PlotPoint(x: 15, y: 5), to: rect))
    #expect(a == PlotPoint(x: 0, y: 5))
    #expect(b == PlotPoint(x: 10, y: 5))
    #expect(LineClipper.clip(PlotPoint(x: -5, y: -5), PlotPoint(x: -1, y: 20), to: rect) == nil)
  }
}
