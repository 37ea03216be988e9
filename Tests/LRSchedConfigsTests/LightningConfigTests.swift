import LRSchedCore
import Testing
@testable import LRSchedConfigs

@Suite struct LightningConfigTests {
  private let base = """
    optimizer: {class_path: torch.optim.Adam, init_args: {lr: 0.001}}
    lr_scheduler:
      class_path: torch.optim.lr_scheduler.LinearLR
      init_args: {start_factor: 0.1, total_iters: 10}

    """

  private func load(_ yaml: String, _ hints: RunHints = RunHints()) throws -> JSONValue {
    try SpecLoader.load(yaml, name: "config.yaml", hints: hints).json
  }

  @Test func defaultsToAThousandEpochs() throws {
    let spec = try RunSpec(json: load(base))
    #expect(spec.epochs == 1000)
    #expect(spec.optimizer.kind == .adam)
  }

  @Test func stepIntervalCountsOptimizerSteps() throws {
    let yaml = base.replacingOccurrences(of: "lr_scheduler:\n", with: "lr_scheduler:\n  interval: step\n")
      + "trainer: {max_epochs: 3, accumulate_grad_batches: 4}\n"
    let spec = try RunSpec(json: load(yaml, RunHints(batchesPerEpoch: 10)))
    #expect(spec.stepsPerEpoch == 3)
    #expect(spec.rows == 9)
    let capped = try RunSpec(json: load(yaml + "", RunHints(batchesPerEpoch: 10)).setting("epochs", to: .number(JSONNumber(3))))
    #expect(capped.rows == 9)
    #expect(throws: SpecError.self) { try load(yaml) }
  }

  @Test func maxStepsEndsTraining() throws {
    let yaml = base.replacingOccurrences(of: "lr_scheduler:\n", with: "lr_scheduler:\n  interval: step\n")
      + "trainer: {max_steps: 25}\n"
    let spec = try RunSpec(json: load(yaml, RunHints(batchesPerEpoch: 10)))
    #expect(spec.rows == 25)
  }

  @Test func errorsNameTheKey() {
    #expect(throws: SpecError("lr_scheduler.frequency", "lrsched steps the scheduler every epoch; frequency 2 is not supported")) {
      try load(base.replacingOccurrences(of: "lr_scheduler:\n", with: "lr_scheduler:\n  frequency: 2\n"))
    }
    #expect(throws: SpecError("lr_scheduler.interval", "unknown 'stepp' (did you mean 'step'?); one of epoch, step")) {
      try load(base.replacingOccurrences(of: "lr_scheduler:\n", with: "lr_scheduler:\n  interval: stepp\n"))
    }
    #expect(throws: SpecError.self) { try load("trainer: {max_epochs: 3}\n") }
    #expect(throws: SpecError("optimizer.init_args.lr", "must be a number, got a string")) {
      try load(base.replacingOccurrences(of: "lr: 0.001", with: "lr: fast"))
    }
  }

  @Test func nestedClassPathsBecomeSpecs() throws {
    let json = try load(
      """
      trainer: {max_epochs: 20}
      optimizer: {class_path: torch.optim.SGD, init_args: {lr: 0.1}}
      lr_scheduler:
        class_path: torch.optim.lr_scheduler.SequentialLR
        init_args:
          milestones: [5]
          schedulers:
            - {class_path: torch.optim.lr_scheduler.LinearLR, init_args: {start_factor: 0.1, total_iters: 5}}
            - {class_path: torch.optim.lr_scheduler.CosineAnnealingLR, init_args: {T_max: 15}}
      """)
    #expect(json["scheduler"]?["schedulers"] == .array([
      .object([("type", .string("LinearLR")), ("start_factor", .number(JSONNumber(0.1))), ("total_iters", .number(JSONNumber(5)))]),
      .object([("type", .string("CosineAnnealingLR")), ("T_max", .number(JSONNumber(15)))]),
    ]))
    _ = try Simulation(spec: RunSpec(json: json))
  }
}
