import Testing

@testable import LRSchedPlot

@Suite struct BrailleStrokeTests {
  @Test func dashesRepeatAlongTheLine() {
    var canvas = BrailleCanvas(columns: 10, rows: 1)
    canvas.stroke([PlotPoint(x: 0, y: 0), PlotPoint(x: 19, y: 0)], dash: .dashed)
    let drawn = (0..<20).filter { canvas.isSet(x: $0, y: 0) }
    #expect(drawn == Array(0..<6) + Array(10..<16))
  }

  @Test func aCornerIsOneDotOfThePattern() {
    var canvas = BrailleCanvas(columns: 2, rows: 1)
    canvas.stroke(
      [PlotPoint(x: 0, y: 0), PlotPoint(x: 3, y: 0), PlotPoint(x: 3, y: 3)], dash: .dotted)
    let drawn = (0..<4).flatMap { x in (0..<4).filter { canvas.isSet(x: x, y: $0) }.map { [x, $0] } }
    #expect(drawn == [[0, 0], [3, 1]])
  }

  @Test func phaseShiftsThePattern() {
    var canvas = BrailleCanvas(columns: 5, rows: 1)
    canvas.stroke([PlotPoint(x: 0, y: 1), PlotPoint(x: 9, y: 1)], dash: .dashed, phase: 2)
    #expect(canvas.lines() == ["⠒⠒  ⠒"])
  }

  @Test func overlayMergesDotsAndColours() {
    var base = BrailleCanvas(columns: 2, rows: 1)
    base.set(x: 0, y: 0, color: 31)
    var top = BrailleCanvas(columns: 2, rows: 1)
    top.set(x: 1, y: 3, color: 32)
    top.set(x: 2, y: 0, color: 33)
    base.overlay(top)
    #expect(base.lines() == ["\u{2881}\u{2801}"])
    #expect(base.color(column: 0, row: 0) == 32)
    #expect(base.occupiedRows(column: 1) == [0])
    base.overlay(BrailleCanvas(columns: 3, rows: 1))
    #expect(base.lines() == ["\u{2881}\u{2801}"])
  }
}
