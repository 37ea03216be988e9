import Foundation
import Testing

@testable import LRSchedPlot

@Suite struct M4DecimationTests {
  @Test func keptPointsStayOnTheCurveAtTheirOwnX() {
    let count = 1_000_000
    let xs = (0..<count).map(Double.init)
    let ys = xs.map { $0 < 100_000 ? $0 / 100_000 : 0.5 * (1 + cos(Double.pi * ($0 - 100_000) / 900_000)) }
    let lines = Decimator.polylines(
      xs: xs, ys: ys, xRange: 0...Double(count - 1), pixelWidth: 500, pixelOffset: 0.3)
    let points = lines.flatMap { $0 }
    #expect(points.count <= 4 * 502)
    for point in points {
      let index = Int(point.x)
      #expect(Double(index) == point.x && ys[index] == point.y)
    }
    #expect(points.contains { $0.y == 1 })
  }

  @Test func bucketsFollowDevicePixels() {
    var decimator = Decimator(xRange: 0...10, pixelWidth: 10, pixelOffset: 0.5)
    #expect(decimator.columns == 11)
    for x in stride(from: 0.0, through: 10, by: 0.01) { decimator.add(x: x, y: x) }
    let points = decimator.finish().flatMap { $0 }
    #expect(points.contains { abs($0.x - 0.49) < 1e-9 })
    #expect(points.contains { abs($0.x - 0.5) < 1e-9 })
  }

  @Test func stepsPostInsertsACornerAtEachChange() {
    let points = [PlotPoint(x: 0, y: 1), PlotPoint(x: 1, y: 1), PlotPoint(x: 2, y: 0.5)]
    #expect(
      SeriesDrawStyle.steps.path(points) == [
        PlotPoint(x: 0, y: 1), PlotPoint(x: 1, y: 1), PlotPoint(x: 2, y: 1), PlotPoint(x: 2, y: 0.5),
      ])
    #expect(SeriesDrawStyle.line.path(points) == points)
  }
}
