import LRSchedConfigs
import LRSchedCore
import Testing

/// Every config fixture converted and simulated in-process (LRSchedConfigs → RunSpec →
/// Simulation) against what transformers, timm and torch computed for it, value for value.
@Suite struct ConfigFixtureTests {
  @Test func fixturesAreThere() {
    #expect(ConfigFixture.all.count >= 20)
    #expect(Set(ConfigFixture.all.map(\.source)) == ["hf", "timm", "lightning"])
  }

  /// The spec the fixture's file converts to, with the fixture's metrics.
  static func spec(_ f: ConfigFixture) throws -> JSONValue {
    var spec: JSONValue
    switch f.source {
    case "hf": spec = try HuggingFaceTrainer.run(text: f.text, name: f.file, hints: f.hints).spec
    case "timm": spec = try TimmTrainConfig.run(text: f.text, name: f.file, hints: f.hints).spec
    default:
      let loaded = try SpecLoader.load(f.text, name: f.file, hints: f.hints)
      #expect(loaded.source == .lightning)
      spec = loaded.json
    }
    if let metrics = f.metrics { spec = spec.setting("metrics", to: metrics) }
    return spec
  }

  @Test(arguments: ConfigFixture.all.filter { $0.source == "hf" })
  func trainerArithmetic(_ f: ConfigFixture) throws {
    let run = try HuggingFaceTrainer.run(text: f.text, name: f.file, hints: f.hints)
    #expect(run.totalSteps == f.expectedInt("total_steps"))
    #expect(run.warmupSteps == f.expectedInt("warmup_steps"))
    if !f.hints.isEmpty {
      #expect(run.updatesPerEpoch == f.expectedInt("updates_per_epoch"))
      #expect(run.batchesPerEpoch == f.expectedInt("batches_per_epoch"))
    }
    guard case .string(let type)? = run.spec["scheduler"]?["type"] else {
      Issue.record("no scheduler type")
      return
    }
    #expect(type == "transformers." + run.schedulerType)
  }

  @Test(arguments: ConfigFixture.all.filter { $0.source == "timm" })
  func timmArithmetic(_ f: ConfigFixture) throws {
    let run = try TimmTrainConfig.run(text: f.text, name: f.file, hints: f.hints)
    #expect(run.scheduledEpochs == f.expectedInt("scheduled_epochs"))
    #expect(run.updatesPerEpoch == f.expectedInt("updates_per_epoch"))
    if case .number(let lr)? = f.expected["lr_initial"] { #expect(run.lr == lr.double) }
    let spec = try RunSpec(json: run.spec)
    #expect(spec.rows == f.expectedLRs.count)
  }

  /// The whole schedule, bit for bit. A fixture whose scheduler type the engine does not know yet
  /// is only converted.
  @Test(arguments: ConfigFixture.all)
  func simulatesLikeTheFramework(_ f: ConfigFixture) throws {
    let json = try Self.spec(f)
    let spec = try RunSpec(json: json)
    #expect(spec.rows == f.expectedLRs.count)
    guard case .string(let type)? = spec.scheduler["type"], SchedulerCatalog.lookup(type) != nil else { return }
    let simulation = try Simulation(spec: spec)
    var lrs: [Double] = []
    lrs.reserveCapacity(spec.rows)
    try simulation.run { row in lrs.append(row.lrs[0]) }
    let expected = f.expectedLRs
    #expect(lrs.count == expected.count)
    let firstDifference = zip(lrs, expected).enumerated().first { $0.element.0 != $0.element.1 }
    #expect(firstDifference == nil, "row \(firstDifference?.offset ?? -1): \(firstDifference.map { "\($0.element.0) != \($0.element.1)" } ?? "")")
  }
}
