import LRSchedCore
import Testing
@testable import LRSchedConfigs

@Suite struct TimmTrainConfigTests {
  private func run(_ yaml: String, _ hints: RunHints = RunHints()) throws -> TimmRun {
    try TimmTrainConfig.run(text: yaml, name: "args.yaml", hints: hints)
  }

  @Test func unknownSchedSuggests() {
    #expect(throws: SpecError("sched", "unknown 'cosin' (did you mean 'cosine'?); one of \(TimmTrainConfig.schedulers.joined(separator: ", "))")) {
      try run("sched: cosin\nlr: 0.1\n")
    }
  }

  @Test func lrIsScaledFromLRBase() throws {
    let linear = try run("sched: step\nlr: null\nlr_base: 0.1\nbatch_size: 64\nopt: sgd\n", RunHints(devices: 8))
    #expect(linear.lr == 0.1 * (512.0 / 256.0))
    let sqrt = try run("sched: step\nlr: 0\nlr_base: 0.001\nlr_base_size: 1024\nbatch_size: 128\nopt: lamb\n")
    #expect(sqrt.lr == 0.001 * (128.0 / 1024.0).squareRoot())
  }

  @Test func updatesNeedTheData() {
    #expect(throws: SpecError.self) { try run("sched: cosine\nlr: 0.1\nsched_on_updates: true\n") }
    #expect(throws: SpecError("sched_on_updates", "AssertionError: Plateau LR only supports step per epoch.")) {
      try run("sched: plateau\nlr: 0.1\nsched_on_updates: true\n", RunHints(batchesPerEpoch: 10))
    }
  }

  @Test func valuesAreTypeChecked() {
    #expect(throws: SpecError("epochs", "must be an integer, got a string")) { try run("sched: cosine\nepochs: many\n") }
    #expect(throws: SpecError("decay_milestones", "must be a list of epochs, got a number")) {
      try run("sched: multistep\nlr: 0.1\ndecay_milestones: 30.5\n")
    }
    #expect(throws: SpecError.self) { try run("sched: wsd\nlr: 0.1\nepochs: 10\nwarmup_epochs: 10\n") }
    #expect(throws: SpecError.self) { try run("model: resnet50\n") }
  }

  @Test func cycleLengthAndCooldownMakeTheEpochs() throws {
    let r = try run("sched: cosine\nlr: 0.1\nepochs: 10\nlr_cycle_limit: 3\nlr_cycle_mul: 2.0\ncooldown_epochs: 5\nwarmup_epochs: 2\nwarmup_prefix: true\n")
    #expect(r.scheduledEpochs == 10 + 20 + 40 + 2 + 5)
  }
}
