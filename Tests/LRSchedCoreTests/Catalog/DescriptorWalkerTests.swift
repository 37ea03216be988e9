import Testing

@testable import LRSchedCore

/// The generic walkers (markers, lint, run defaults, warmup) answer from the descriptors alone.
@Suite struct DescriptorWalkerTests {
  private func spec(_ scheduler: String, epochs: Int = 100) throws -> RunSpec {
    try RunSpec(text: #"{"epochs": \#(epochs), "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": \#(scheduler)}"#)
  }

  @Test func everyMetricDrivenScheduleIsRecognisedAsSuch() throws {
    for type in ["ReduceLROnPlateau", "PlateauLRScheduler", "transformers.reduce_lr_on_plateau", "GreedyLR", "transformers.greedy"] {
      #expect(PhaseMarkers.isMetricDriven(try spec(#"{"type": "\#(type)"}"#)), "\(type)")
    }
    #expect(!PhaseMarkers.isMetricDriven(try spec(#"{"type": "StepLR", "step_size": 3}"#)))
  }

  @Test func aTrainerTypeHasItsFunctionsMarkersAndLint() throws {
    let wsd = try spec(
      #"{"type": "transformers.warmup_stable_decay", "num_warmup_steps": 10, "num_training_steps": 100, "num_decay_steps": 20}"#)
    #expect(PhaseMarkers.markers(for: wsd).map(\.step) == [10, 80])
    let cosine = try spec(#"{"type": "transformers.cosine", "num_warmup_steps": 0, "num_training_steps": 50}"#)
    #expect(SpecLinter.findings(cosine).map(\.code) == ["LR003"])
  }

  @Test func joinedSchedulesAreWalkedLikeASequence() throws {
    let s = try spec(
      #"{"type": "optax.join_schedules", "boundaries": [40], "schedules": [{"type": "optax.linear_schedule", "init_value": 0, "end_value": 0.1, "transition_steps": 40}, {"type": "optax.warmup_cosine_decay_schedule", "init_value": 0.1, "peak_value": 0.2, "warmup_steps": 10, "decay_steps": 60}]}"#)
    #expect(PhaseMarkers.markers(for: s) == [PhaseMarker(step: 40, label: "→ optax.warmup_cosine_decay_schedule"), PhaseMarker(step: 50, label: "warmup end")])
  }

  @Test func aChildsMarkersStayInsideItsSegment() throws {
    let s = try spec(
      #"{"type": "SequentialLR", "milestones": [20], "schedulers": [{"type": "StepLR", "step_size": 30}, {"type": "MultiStepLR", "milestones": [10]}]}"#)
    #expect(PhaseMarkers.markers(for: s).map(\.step) == [20, 30])
  }

  @Test func pythonModulePathsResolve() {
    #expect(SchedulerCatalog.lookup("torch.optim.lr_scheduler.StepLR")?.qualifiedName == "torch.StepLR")
    #expect(SchedulerCatalog.lookup("lr_scheduler.OneCycleLR")?.qualifiedName == "torch.OneCycleLR")
    #expect(SchedulerCatalog.lookup("timm.scheduler.CosineLRScheduler")?.qualifiedName == "timm.CosineLRScheduler")
    #expect(SchedulerCatalog.lookup("torch.optim.lr_scheduler.NoSuchLR") == nil)
  }

  @Test func runDefaultsComeFromTheParameterDeclarations() throws {
    let (filled, keys) = RunDefaults.fill(.object([("type", .string("ExponentialLR"))]), rows: 50, lr: 0.1)
    #expect(keys == ["gamma"])
    let run = try RunSpec(json: .object([
      ("epochs", .number(JSONNumber(51))), ("optimizer", .object([("type", .string("SGD")), ("lr", .number(JSONNumber(0.1)))])),
      ("scheduler", filled),
    ]))
    var last = 0.0
    try Simulation(spec: run).run { row in last = row.lrs[0] }
    #expect(abs(last - 0.001) < 1e-15)
    let (oneCycle, oneCycleKeys) = RunDefaults.fill(
      .object([("type", .string("onecycle")), ("epochs", .number(JSONNumber(5))), ("steps_per_epoch", .number(JSONNumber(10)))]),
      rows: 50, lr: 0.3)
    #expect(oneCycleKeys == ["max_lr"])
    #expect(oneCycle["total_steps"] == nil)
  }

  @Test func everyRunDefaultIsDocumented() {
    for d in SchedulerCatalog.all {
      for p in d.parameters {
        guard let rule = p.runDefault else { continue }
        #expect(RunDefaults.documentation.contains("\(p.name)=\(rule.formula)"), "\(d.qualifiedName).\(p.name)")
      }
    }
  }

  @Test func warmupsGoInTheLibrarysOwnTerms() throws {
    let torch = try WarmupWrapper.wrap(.object([("type", .string("StepLR")), ("step_size", .number(JSONNumber(3)))]), steps: 5)
    #expect(torch["type"] == .string("SequentialLR"))
    let timm = try WarmupWrapper.wrap(.object([("type", .string("CosineLRScheduler"))]), steps: 5)
    #expect(timm["warmup_t"] == .number(JSONNumber(5)))
    #expect(throws: SpecError.self) { try WarmupWrapper.wrap(.object([("type", .string("optax.cosine_decay_schedule"))]), steps: 5) }
    #expect(throws: SpecError.self) { try WarmupWrapper.wrap(.object([("type", .string("ReduceLROnPlateau"))]), steps: 5) }
  }

  @Test func theClosedFormTraitDrivesTheChainRule() throws {
    let s = try spec(
      #"{"type": "ChainedScheduler", "schedulers": [{"type": "ExponentialLR", "gamma": 0.9}, {"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 100}]}"#)
    #expect(SpecLinter.findings(s).map(\.path) == ["scheduler.schedulers[1]"])
  }
}
