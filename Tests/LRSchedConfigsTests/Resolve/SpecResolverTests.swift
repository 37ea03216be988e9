import Testing

@testable import LRSchedConfigs
@testable import LRSchedCore

/// Flags resolved into run specs in the library, without the binary.
@Suite struct SpecResolverTests {
  private func resolve(_ request: ScheduleRequest) throws(SpecError) -> RunSpec {
    try SpecResolver.resolve(request)
  }

  private func temporaryFile(_ name: String, _ text: String) throws -> String {
    let path = "/tmp/lrsched-resolver-\(name)"
    try #require(throws: Never.self) { try SpecFileWriter.write(text, to: path) }
    return path
  }

  @Test func flagsAloneGetTheDefaultRunAndOptimizer() throws {
    let spec = try resolve(ScheduleRequest(scheduler: .name("cosine")))
    #expect(spec.epochs == 100)
    #expect(spec.optimizer.kind == .sgd)
    #expect(spec.optimizer.groups.first?.lr == 0.1)
    #expect(spec.scheduler["type"] == .string("CosineAnnealingLR"))
    #expect(spec.scheduler["T_max"] == .number(JSONNumber(100)))
  }

  @Test func runDefaultsCoverTheStepsAfterAWarmup() throws {
    let request = ScheduleRequest(
      scheduler: .name("cosine"), overrides: RunOverrides(epochs: 50, warmupSteps: 10))
    let spec = try resolve(request)
    #expect(spec.scheduler["type"] == .string("SequentialLR"))
    #expect(spec.scheduler["milestones"] == .array([.number(JSONNumber(10))]))
    guard case .array(let children)? = spec.scheduler["schedulers"] else {
      Issue.record("no schedulers")
      return
    }
    #expect(children[1]["T_max"] == .number(JSONNumber(40)))
  }

  @Test func warmupEpochsCountBatchesForPerStepRuns() throws {
    let request = ScheduleRequest(
      scheduler: .name("timm-cosine"),
      overrides: RunOverrides(epochs: 10, stepsPerEpoch: 5, interval: .step, warmupEpochs: 2))
    let spec = try resolve(request)
    #expect(spec.scheduler["warmup_t"] == .number(JSONNumber(10)))
    #expect(spec.scheduler["warmup_prefix"] == .bool(true))
    #expect(spec.scheduler["t_initial"] == .number(JSONNumber(40)))
  }

  @Test func optimizerOverridesSwitchClassAndDropMomentum() throws {
    let request = ScheduleRequest(
      scheduler: .name("step"),
      overrides: RunOverrides(optimizer: OptimizerOverrides(kind: .adamW, lr: 0.003)))
    let spec = try resolve(request)
    #expect(spec.optimizer.kind == .adamW)
    #expect(spec.json["optimizer"]?["momentum"] == nil)
    #expect(spec.optimizer.groups.first?.lr == 0.003)
    #expect(spec.scheduler["step_size"] == .number(JSONNumber(33)))
  }

  @Test func paramsAreJSONOrBareStrings() throws {
    let request = ScheduleRequest(
      scheduler: .name("cyclic"), overrides: RunOverrides(params: ["mode=triangular2", "step_size_up=[5]", " gamma =0.5"]))
    let spec = try resolve(request)
    #expect(spec.scheduler["mode"] == .string("triangular2"))
    #expect(spec.scheduler["step_size_up"] == .array([.number(JSONNumber(5))]))
    #expect(spec.scheduler["gamma"] == .number(JSONNumber(0.5)))
    #expect(spec.scheduler["base_lr"] == .number(JSONNumber(0.01)))
  }

  @Test func aSpecFileIsTakenAsWrittenUnderTheFlags() throws {
    let path = try temporaryFile(
      "spec.json", #"{"epochs": 20, "optimizer": {"type": "SGD", "lr": 0.5}, "scheduler": {"type": "StepLR", "step_size": 5}}"#)
    let spec = try resolve(ScheduleRequest(source: .spec(path), overrides: RunOverrides(epochs: 30)))
    #expect(spec.epochs == 30)
    #expect(spec.scheduler["step_size"] == .number(JSONNumber(5)))
    #expect(spec.baseDirectory == "/tmp")
  }

  @Test func errorsNameTheirSource() throws {
    let path = try temporaryFile("bad.json", #"{"epochs": "x", "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLR"}}"#)
    #expect(throws: SpecError.self) { try resolve(ScheduleRequest(source: .spec(path))) }
    do {
      _ = try resolve(ScheduleRequest(source: .spec(path)))
    } catch {
      #expect(error.description.hasPrefix("\(path): epochs"))
    }
    do {
      _ = try resolve(ScheduleRequest(scheduler: .name("cosin")))
      Issue.record("an unknown scheduler resolved")
    } catch {
      #expect(error.path == "--scheduler")
      #expect(error.message.contains("cosine"))
    }
  }

  @Test func metricDrivenSchedulersRefuseAWarmup() {
    for name in ["ReduceLROnPlateau", "transformers.reduce_lr_on_plateau", "GreedyLR"] {
      let request = ScheduleRequest(scheduler: .name(name), overrides: RunOverrides(warmupSteps: 5))
      #expect(throws: SpecError.self) { try resolve(request) }
    }
  }
}
