import Testing

@testable import LRSchedConfigs
@testable import LRSchedCore

/// The resolver's forgiving defaults: per-batch schedulers step per batch, optax and Keras take
/// their values from the learning rate, and mistakes are reported with their real cause.
@Suite struct ForgivingResolverTests {
  private func flags(_ name: String, epochs: Int = 3, stepsPerEpoch: Int? = 100, interval: Interval? = nil, params: [String] = []) throws(SpecError) -> RunSpec {
    try SpecResolver.resolve(
      ScheduleRequest(
        scheduler: .name(name),
        overrides: RunOverrides(epochs: epochs, stepsPerEpoch: stepsPerEpoch, interval: interval, params: params)))
  }

  @Test func aPerBatchSchedulerStepsPerBatch() throws {
    let spec = try flags("warmup-cosine")
    #expect(spec.interval == .step)
    #expect(spec.rows == 300)
    #expect(spec.json["interval"] == .string("step"))
    #expect(spec.scheduler["num_warmup_steps"] == .number(JSONNumber(30)))
    #expect(spec.scheduler["num_training_steps"] == .number(JSONNumber(300)))
  }

  @Test(arguments: ["onecycle", "CyclicLR", "optax.warmup_cosine_decay_schedule", "keras.CosineDecay", "get_wsd_schedule"])
  func everyPerBatchFamilyStepsPerBatch(_ name: String) throws {
    #expect(try flags(name).interval == .step)
  }

  @Test func intervalEpochKeepsEpochs() throws {
    let spec = try flags("warmup-cosine", interval: .epoch)
    #expect(spec.interval == .epoch)
    #expect(spec.rows == 3)
  }

  @Test func anEpochSchedulerStaysPerEpoch() throws {
    #expect(try flags("cosine").interval == .epoch)
  }

  @Test func timmStepsPerBatchOnlyWithTInEpochsFalse() throws {
    #expect(try flags("timm.CosineLRScheduler").interval == .epoch)
    #expect(try flags("timm.CosineLRScheduler", params: ["t_in_epochs=false"]).interval == .step)
  }

  @Test func aSpecsOwnIntervalIsKept() throws {
    let path = "/tmp/lrsched-forgiving-epoch.json"
    try SpecFileWriter.write(#"{"epochs": 4, "steps_per_epoch": 10, "interval": "epoch", "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLR", "step_size": 2}}"#, to: path)
    let spec = try SpecResolver.resolve(ScheduleRequest(source: .spec(path), scheduler: .name("onecycle")))
    #expect(spec.interval == .epoch)
  }

  @Test func optaxWarmupCosineIsFilledFromTheLearningRate() throws {
    let spec = try flags("optax.warmup_cosine_decay_schedule")
    #expect(spec.scheduler["peak_value"] == .number(JSONNumber(0.1)))
    #expect(spec.scheduler["init_value"] == .number(JSONNumber(0.0)))
    #expect(spec.scheduler["warmup_steps"] == .number(JSONNumber(30)))
    #expect(spec.scheduler["decay_steps"] == .number(JSONNumber(300)))
    var rows = 0
    try Simulation(spec: spec).run { _ in rows += 1 }
    #expect(rows == 300)
  }

  @Test(arguments: SchedulerCatalog.all.filter { $0.library == .optax || $0.library == .keras })
  func optaxAndKerasValuesComeFromTheLearningRate(_ d: SchedulerDescriptor) throws {
    for name in ["init_value", "peak_value", "value", "initial_learning_rate"] {
      guard let p = d.parameter(name), p.defaultValue == nil else { continue }
      #expect(p.runDefault != nil, "\(d.name).\(name)")
    }
  }

  @Test func aListWithoutBracketsSuggestsBrackets() {
    #expect(throws: SpecError("--param milestones", "a list is written in brackets: --param milestones=[30,60]")) {
      try flags("multistep", params: ["milestones=30,60"])
    }
  }

  @Test func brokenJSONInAParamIsReportedAsJSON() {
    let deep = String(repeating: "[", count: 60_000) + String(repeating: "]", count: 60_000)
    do {
      _ = try flags("multistep", params: ["milestones=" + deep])
      Issue.record("accepted")
    } catch {
      #expect(error.path == "--param milestones")
      #expect(error.message.contains("nested more than"))
    }
  }

  @Test func aRunTooLongForIntegersSaysSo() {
    do {
      _ = try flags("warmup-cosine", epochs: 2, stepsPerEpoch: Int.max)
      Issue.record("accepted")
    } catch {
      #expect(error.path == "steps_per_epoch")
      #expect(error.message.contains("more than"))
    }
  }

  @Test func aHugeStepsPerEpochDoesNotMatterPerEpoch() throws {
    let spec = try flags("cosine", epochs: 2, stepsPerEpoch: Int.max)
    #expect(spec.scheduler["T_max"] == .number(JSONNumber(2)))
  }
}
