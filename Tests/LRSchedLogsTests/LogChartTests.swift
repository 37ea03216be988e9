import Foundation
import LRSchedCharts
import LRSchedCore
import LRSchedLogs
import Testing

/// Logs as chart series: bounded however long, aligned on a plan.
@Suite struct LogChartTests {
  @Test func aLongLogIsDecimatedKeepingItsEndsAndExtremes() throws {
    let n = 70_000
    var text = "step,lr\n"
    for i in 0..<n { text += "\(i),\(i == 50_000 ? 5.0 : 1.0 / Double(i + 1))\n" }
    let chart = try LogChart(path: try Fixture.file(text, name: "long.csv"), x: .step, alignment: nil, colorBase: 0)
    let s = try #require(chart.series.first)
    #expect(s.count < 4 * ScheduleChart.columns + 1000)
    #expect(s.xs.first == 0 && s.xs.last == Double(n - 1))
    #expect(s.ys.filter(\.isFinite).max() == 5)
    #expect(s.ys.filter(\.isFinite).min() == 1.0 / Double(n))
  }

  @Test func trainerPointsSitOnThePlanRows() throws {
    let spec = try Fixture.spec("trainer/plan.json")
    let shape = try Simulation(spec: spec).shape
    let chart = try LogChart(
      path: Fixture.path("trainer/trainer_state.json"), x: .step, alignment: LogAlignment(shape: shape), planGroups: ["0"],
      planRows: 32, colorBase: 0)
    let s = try #require(chart.series.first)
    #expect(s.xs == (0..<32).map(Double.init))
    #expect(chart.warnings.isEmpty)
    #expect(s.name == "trainer_state.json logged")
  }
}
