import Testing

@testable import LRSchedConfigs
@testable import LRSchedCore

/// The examples `--help` and error messages show run as they say.
@Suite struct TorchExamplesTests {
  private func run(_ call: String, epochs: Int, stepsPerEpoch: Int?, interval: Interval?) throws -> RunSpec {
    try SpecResolver.resolve(
      ScheduleRequest(
        scheduler: .object(PythonCallParser.parse(call)),
        overrides: RunOverrides(epochs: epochs, stepsPerEpoch: stepsPerEpoch, interval: interval)))
  }

  @Test(arguments: [TorchExamples.listedName, TorchExamples.perBatchName, TorchExamples.namespacedName])
  func namesAreInTheCatalog(_ name: String) {
    #expect(SchedulerCatalog.lookup(name) != nil)
  }

  @Test func theClassPathResolves() {
    #expect(SchedulerCatalog.lookup(TorchExamples.classPath)?.name == "StepLR")
  }

  @Test func thePerBatchCallRunsTenEpochsOfAHundredBatchesCleanly() throws {
    let spec = try run(TorchExamples.perBatchCall, epochs: 10, stepsPerEpoch: 100, interval: .step)
    let simulation = try Simulation(spec: spec)
    try simulation.run { _ in }
    #expect(simulation.rows == 1000)
    #expect(!Linter.lint(spec).contains { $0.rule == .oneCycleTotalSteps })
  }

  @Test func theCallOneStepShortIsWhatLR001Finds() throws {
    let spec = try run(TorchExamples.perBatchCallOneShort, epochs: 10, stepsPerEpoch: 100, interval: .step)
    #expect(Linter.lint(spec).contains { $0.rule == .oneCycleTotalSteps })
  }

  @Test(arguments: [TorchExamples.perEpochCall, TorchExamples.perEpochCallWithGamma])
  func thePerEpochCallsRun(_ call: String) throws {
    let spec = try run(call, epochs: 90, stepsPerEpoch: nil, interval: nil)
    let simulation = try Simulation(spec: spec)
    var last = 0.0
    try simulation.run { row in last = row.lrs[0] }
    #expect(simulation.rows == 90)
    #expect(last < spec.optimizer.groups[0].lr)
  }
}
