import Testing

import LRSchedCharts
import LRSchedCore
import LRSchedExport
import LRSchedPlot

/// Every declared parameter of every scheduler, set to each hostile value in turn, goes through
/// simulate, lint, the chart (built and drawn in the terminal, linear and log) and every export
/// target in-process: errors are fine, a crash is not. Runs are at most 40 rows.
@Suite struct HostileParameterFuzzTests {
  /// JSON texts, parsed as a spec's values are.
  static let hostileValues = [
    "0", "-1", "1e308", "-1e308", "5e-324", "9223372036854775808", "-9223372036854775808", "1e12", "0.5", "null",
    "\"x\"", "[1]", "{}", "[-9223372036854775808]", "[9223372036854775808]", "[1e308, -1]", "[0.5, 0]", "[[]]",
  ]

  /// A spec of `descriptor` with its run-implied arguments filled, `key` set to `value`.
  static func spec(_ descriptor: SchedulerDescriptor, key: String?, value: JSONValue?) -> JSONValue {
    let perBatch = descriptor.traits.contains(.perBatch)
    let rows = perBatch ? 40 : 20
    var scheduler = RunDefaults.fill(.object([("type", .string(descriptor.name))]), rows: rows, lr: 0.1).0
    if let key, let value { scheduler = scheduler.setting(key, to: value) }
    return .object([
      ("epochs", .number(JSONNumber(20))), ("steps_per_epoch", .number(JSONNumber(2))),
      ("interval", .string(perBatch ? "step" : "epoch")),
      ("optimizer", .object([("type", .string("SGD")), ("lr", .number(JSONNumber(0.1))), ("momentum", .number(JSONNumber(0.9)))])),
      ("metrics", .array((0..<40).map { .number(JSONNumber(1.0 / Double($0 + 1))) })),
      ("scheduler", scheduler),
    ])
  }

  /// Runs `json` through everything a user can ask of a spec; returns how many stages ran
  /// without an error.
  @discardableResult
  static func exercise(_ json: JSONValue) -> Int {
    guard let spec = try? RunSpec(json: json) else { return 0 }
    var passed = 0
    if let simulation = try? Simulation(spec: spec), (try? simulation.run { _ in }) != nil { passed += 1 }
    _ = Linter.lint(spec)
    _ = PhaseMarkers.markers(for: spec)
    if let chart = try? ScheduleChart(spec, x: .step, momentum: true, loss: false, colorBase: 0) {
      passed += 1
      for logY in [false, true] {
        let drawn = Chart(title: "t", xLabel: "step", yLabel: "lr", logY: logY, series: chart.series, markers: chart.markers)
        _ = TerminalChartRenderer(width: 60, height: 16, color: false).render(drawn)
      }
    }
    for target in ExportTarget.allCases {
      if (try? PythonExporter.export(spec, source: nil, target: target, withLoop: true)) != nil { passed += 1 }
    }
    return passed
  }

  @Test(arguments: SchedulerCatalog.all.map(\.name))
  func hostileParametersNeverCrash(_ name: String) throws {
    let descriptor = try #require(SchedulerCatalog.lookup(name))
    let values = try Self.hostileValues.map { text in try #require(try? JSONParser.parse(text)) }
    Self.exercise(Self.spec(descriptor, key: nil, value: nil))
    for p in descriptor.parameters {
      for value in values {
        Self.exercise(Self.spec(descriptor, key: p.name, value: value))
      }
    }
  }

  @Test func theBaseSpecsMostlyRun() {
    let running = SchedulerCatalog.all.filter { Self.exercise(Self.spec($0, key: nil, value: nil)) > 0 }
    #expect(running.count * 2 > SchedulerCatalog.all.count)
  }
}
