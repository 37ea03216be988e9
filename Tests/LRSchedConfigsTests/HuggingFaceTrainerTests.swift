import LRSchedCore
import Testing
@testable import LRSchedConfigs

@Suite struct HuggingFaceTrainerTests {
  private func run(_ json: String, _ hints: RunHints = RunHints(batchesPerEpoch: 100)) throws -> HuggingFaceRun {
    try HuggingFaceTrainer.run(text: json, name: "training_args.json", hints: hints)
  }

  @Test func unknownSchedulerTypeSuggests() {
    #expect(throws: SpecError("lr_scheduler_type", "unknown 'cosin' (did you mean 'cosine'?); one of \(HuggingFaceTrainer.schedulerTypes.joined(separator: ", "))")) {
      try run(#"{"learning_rate": 1e-4, "lr_scheduler_type": "cosin"}"#)
    }
  }

  @Test func valuesAreTypeChecked() {
    #expect(throws: SpecError("learning_rate", "must be a number, got a string")) {
      try run(#"{"learning_rate": "1e-4"}"#)
    }
    #expect(throws: SpecError("gradient_accumulation_steps", "must be at least 1, got 0")) {
      try run(#"{"learning_rate": 1e-4, "gradient_accumulation_steps": 0}"#)
    }
    #expect(throws: SpecError("adam_beta2", "Invalid beta parameter at index 1: 1.0")) {
      try run(#"{"learning_rate": 1e-4, "adam_beta2": 1.0}"#)
    }
    #expect(throws: SpecError("warmup_steps", "ValueError: Got warmup_steps = -1, Expected value warmup_steps >= 0")) {
      try run(#"{"learning_rate": 1e-4, "warmup_steps": -1}"#)
    }
    #expect(throws: SpecError("lr_scheduler_kwargs", "must be an object of the scheduler's keyword arguments, got a list")) {
      try run(#"{"learning_rate": 1e-4, "lr_scheduler_kwargs": [1]}"#)
    }
  }

  @Test func theDataMustBeDescribed() {
    #expect(throws: SpecError.self) { try run(#"{"learning_rate": 1e-4, "num_train_epochs": 3}"#, RunHints()) }
    #expect(throws: SpecError.self) { try run(#"{"log_history": [], "global_step": 10}"#) }
    #expect(throws: SpecError.self) { try run(#"{"foo": 1}"#) }
  }

  @Test func maxStepsNeedsNoData() throws {
    let r = try run(#"{"learning_rate": 1e-4, "max_steps": 1000, "warmup_steps": 0.1, "lr_scheduler_kwargs": "{\"num_cycles\": 0.25}"}"#, RunHints())
    #expect(r.totalSteps == 1000)
    #expect(r.warmupSteps == 100)
    #expect(r.spec["scheduler"]?["scheduler_specific_kwargs"]?["num_cycles"] != nil)
    #expect(r.spec["epochs"] == .number(JSONNumber(1)))
    #expect(r.spec["steps_per_epoch"] == .number(JSONNumber(1000)))
  }

  @Test func transformers4WarmupRatio() throws {
    let r = try run(#"{"learning_rate": 1e-4, "num_train_epochs": 3.0, "warmup_ratio": 0.06, "warmup_steps": 0}"#)
    #expect(r.totalSteps == 300)
    #expect(r.warmupSteps == 18)
    let steps = try run(#"{"learning_rate": 1e-4, "num_train_epochs": 3.0, "warmup_ratio": 0.06, "warmup_steps": 7}"#)
    #expect(steps.warmupSteps == 7)
  }

  @Test func partialLastEpochGivesOneStepEpochs() throws {
    let r = try run(#"{"learning_rate": 1e-4, "num_train_epochs": 1.5}"#, RunHints(batchesPerEpoch: 33))
    #expect(r.totalSteps == 50)
    let spec = try RunSpec(json: r.spec)
    #expect(spec.rows == 50)
    #expect(spec.interval == .step)
  }

  @Test func plateauNeedsEpochEvaluation() throws {
    #expect(throws: SpecError("eval_strategy", "ValueError: lr_scheduler_type reduce_lr_on_plateau requires an eval strategy")) {
      try run(#"{"learning_rate": 1e-4, "lr_scheduler_type": "reduce_lr_on_plateau"}"#)
    }
    let r = try run(#"{"learning_rate": 1e-4, "lr_scheduler_type": "reduce_lr_on_plateau", "eval_strategy": "epoch", "num_train_epochs": 4}"#)
    #expect(r.spec["interval"] == .string("epoch"))
    #expect(r.spec["epochs"] == .number(JSONNumber(4)))
  }

  @Test func acceleratorSharding() {
    #expect(BatchCount.accelerate(size: 1000, batch: 8, devices: 1, dropLast: false, splitBatches: false) == 125)
    #expect(BatchCount.accelerate(size: 1001, batch: 8, devices: 1, dropLast: false, splitBatches: false) == 126)
    #expect(BatchCount.accelerate(size: 1001, batch: 8, devices: 1, dropLast: true, splitBatches: false) == 125)
    #expect(BatchCount.accelerate(size: 1001, batch: 8, devices: 4, dropLast: false, splitBatches: false) == 32)
    #expect(BatchCount.accelerate(size: 1001, batch: 8, devices: 4, dropLast: true, splitBatches: false) == 31)
    #expect(BatchCount.accelerate(size: 1001, batch: 8, devices: 4, dropLast: false, splitBatches: true) == 126)
    #expect(BatchCount.accelerate(size: Int.max, batch: 1, devices: 3, dropLast: false, splitBatches: false) > 0)
    #expect(BatchCount.timm(size: 5000, batch: 64, devices: 1) == 78)
    #expect(BatchCount.timm(size: 5001, batch: 64, devices: 4) == 19)
  }
}
