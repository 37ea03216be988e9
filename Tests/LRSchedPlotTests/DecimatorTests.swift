import Testing

@testable import LRSchedPlot

@Suite struct DecimatorTests {
  @Test func singleSampleSpikeSurvives() throws {
    let count = 1_000_000
    let xs = (0..<count).map(Double.init)
    var ys = [Double](repeating: 0.5, count: count)
    ys[654_321] = 3
    ys[123_456] = -2
    let lines = Decimator.polylines(xs: xs, ys: ys, xRange: 0...Double(count - 1), columns: 500)
    #expect(lines.count == 1)
    let points = lines.flatMap { $0 }
    #expect(points.count <= 4 * 500)
    #expect(points.contains { $0.y == 3 })
    #expect(points.contains { $0.y == -2 })
    let spike = try #require(points.first { $0.y == 3 })
    #expect(abs(spike.x - 654_321) < Double(count) / 499)
  }

  @Test func extremesKeepTheirOrderWithinAColumn() throws {
    let xs = (0..<100).map(Double.init)
    let ys: [Double] = xs.map { $0 == 10 ? 5 : ($0 == 11 ? -5 : 0) }
    let points = Decimator.polylines(xs: xs, ys: ys, xRange: 0...99, columns: 2).flatMap { $0 }
    let high = try #require(points.firstIndex { $0.y == 5 })
    let low = try #require(points.firstIndex { $0.y == -5 })
    #expect(high < low)
  }

  @Test func smallSeriesAreDrawnAsIs() {
    let xs: [Double] = [0, 1, 2, 3]
    let ys: [Double] = [1, 2, 3, 4]
    let lines = Decimator.polylines(xs: xs, ys: ys, xRange: 0...3, columns: 100)
    #expect(lines == [zip(xs, ys).map { PlotPoint(x: $0, y: $1) }])
  }

  @Test func undrawableSamplesBreakTheLine() {
    let xs = (0..<10).map(Double.init)
    let ys: [Double] = [1, 1, .nan, 1, 1, .infinity, 1, 1, 1, 1]
    #expect(Decimator.polylines(xs: xs, ys: ys, xRange: 0...9, columns: 100).count == 3)
    let logYs: [Double] = [1, 1, 0, 1, 1, -1, 1, 1, 1, 1]
    #expect(
      Decimator.polylines(xs: xs, ys: logYs, xRange: 0...9, columns: 100, scale: .logarithmic)
        .count == 3)
    let bigXs = (0..<1000).map(Double.init)
    var bigYs = [Double](repeating: 1, count: 1000)
    bigYs[500] = .nan
    #expect(Decimator.polylines(xs: bigXs, ys: bigYs, xRange: 0...999, columns: 10).count == 2)
  }

  @Test func degenerateInputsDoNotTrap() {
    #expect(Decimator.polylines(xs: [], ys: [], xRange: 0...1, columns: 10).isEmpty)
    let xs = [Double](repeating: 3, count: 1000)
    let ys = (0..<1000).map(Double.init)
    let lines = Decimator.polylines(xs: xs, ys: ys, xRange: 3...3, columns: 0)
    #expect(lines.flatMap { $0 }.map(\.y).max() == 999)
    #expect(Decimator.polylines(xs: [1, 2], ys: [1], xRange: 0...1, columns: Int.max).count == 1)
    let wide = Decimator.polylines(
      xs: (0..<100).map(Double.init), ys: [Double](repeating: 0, count: 100),
      xRange: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude, columns: 3)
    #expect(!wide.isEmpty)
    let tiny = Decimator.polylines(
      xs: (0..<100).map { $0.isMultiple(of: 2) ? 0 : 5e-324 },
      ys: [Double](repeating: 1, count: 100),
      xRange: 0...5e-324, columns: 3)
    #expect(!tiny.isEmpty)
  }

  @Test func streamingMillionsOfSamplesKeepsAFewPointsPerColumn() throws {
    var decimator = Decimator(xRange: 0...1_999_999, columns: 4_096)
    for i in 0..<2_000_000 {
      decimator.add(x: Double(i), y: i == 1_654_321 ? 9 : Double(i % 7))
    }
    let points = decimator.finish().flatMap { $0 }
    #expect(points.count <= 4 * 4_096)
    #expect(points.contains { $0.y == 9 })
  }

  @Test func alternatingGapsStayBounded() {
    var decimator = Decimator(xRange: 0...99_999, columns: 100)
    for i in 0..<100_000 {
      decimator.add(x: Double(i), y: i.isMultiple(of: 2) ? 1 : .nan)
    }
    let lines = decimator.finish()
    #expect(lines.count <= 102)
    #expect(lines.flatMap { $0 }.count <= 4 * 102)
  }

  @Test func streamingMatchesTheArrayFrontEnd() {
    let xs = (0..<50_000).map(Double.init)
    let ys = xs.map { ($0 * 0.37).truncatingRemainder(dividingBy: 5) }
    var decimator = Decimator(xRange: 0...49_999, columns: 300)
    for (x, y) in zip(xs, ys) { decimator.add(x: x, y: y) }
    #expect(decimator.finish() == Decimator.polylines(xs: xs, ys: ys, xRange: 0...49_999, columns: 300))
  }
}
