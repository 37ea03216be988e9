import Testing
@testable import LRSchedCore

/// `lrsched lint`'s rules, each on the mistake it is for and on a correct spec it must not flag.
@Suite struct LinterTests {
  static func spec(
    _ scheduler: String, epochs: Int = 100, optimizer: String = #"{"type": "SGD", "lr": 0.1}"#, extra: String = ""
  ) throws -> RunSpec {
    try RunSpec(text: #"{"epochs": \#(epochs), \#(extra) "optimizer": \#(optimizer), "scheduler": \#(scheduler)}"#)
  }

  static func codes(_ spec: RunSpec) -> [String] {
    Linter.lint(spec).map(\.code)
  }

  @Test func cleanCosineHasNoFindings() throws {
    #expect(Self.codes(try Self.spec(#"{"type": "CosineAnnealingLR", "T_max": 100, "eta_min": 1e-5}"#)) == [])
  }

  @Test func oneCycleTotalStepsOneShortIsFlagged() throws {
    let s = try Self.spec(
      #"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 999}"#, epochs: 10, extra: #""steps_per_epoch": 100, "interval": "step","#)
    let findings = SpecLinter.findings(s)
    #expect(findings.map(\.code) == ["LR001"])
    #expect(findings.first?.path == "scheduler.total_steps")
    #expect(findings.first?.message.contains("Tried to step 1000 times") == true)
    #expect(findings.first?.fix.contains("1000") == true)
  }

  @Test func oneCycleTotalStepsTooLongIsFlagged() throws {
    let s = try Self.spec(
      #"{"type": "OneCycleLR", "max_lr": 0.1, "epochs": 20, "steps_per_epoch": 100}"#, epochs: 10,
      extra: #""steps_per_epoch": 100, "interval": "step","#)
    #expect(SpecLinter.findings(s).map(\.code) == ["LR001"])
    #expect(SpecLinter.findings(s).first?.path == "scheduler.epochs")
    let ok = try Self.spec(
      #"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 1000}"#, epochs: 10, extra: #""steps_per_epoch": 100, "interval": "step","#)
    #expect(SpecLinter.findings(ok).isEmpty)
  }

  @Test func cyclicSchedulersSteppedPerEpoch() throws {
    let s = try Self.spec(#"{"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 10}"#, epochs: 10, extra: #""steps_per_epoch": 100,"#)
    #expect(SpecLinter.findings(s).map(\.code) == ["LR002"])
    let c = try Self.spec(#"{"type": "CyclicLR", "base_lr": 0.01, "max_lr": 0.1, "step_size_up": 2}"#, epochs: 10, extra: #""steps_per_epoch": 100,"#)
    #expect(SpecLinter.findings(c).map(\.code) == ["LR002"])
  }

  @Test func cosineShorterThanTheRun() throws {
    let s = try Self.spec(#"{"type": "CosineAnnealingLR", "T_max": 30}"#)
    let f = Linter.lint(s)
    #expect(f.map(\.code) == ["LR003", "LR004"])
    #expect(f.first?.path == "scheduler.T_max")
    #expect(f.first?.fix.contains("100") == true)
  }

  @Test func cosineInsideSequentialUsesItsSegment() throws {
    let seq = #"""
      {"type": "SequentialLR", "milestones": [10], "schedulers": [
        {"type": "LinearLR", "start_factor": 0.1, "total_iters": 10},
        {"type": "CosineAnnealingLR", "T_max": %d, "eta_min": 1e-4}]}
      """#
    let ok = try Self.spec(seq.replacingOccurrences("%d", "90"))
    #expect(Self.codes(ok) == [])
    let short = try Self.spec(seq.replacingOccurrences("%d", "40"))
    #expect(SpecLinter.findings(short).map(\.path) == ["scheduler.schedulers[1].T_max"])
  }

  @Test func zeroLearningRateFromWarmupAtZero() throws {
    let s = try Self.spec(#"{"type": "LambdaLR", "lr_lambda": "lambda step: min(1.0, step / 10)"}"#)
    let f = Linter.lint(s)
    #expect(f.map(\.code) == ["LR004"])
    #expect(f.first?.step == 0)
  }

  @Test func milestonesBeyondUnsortedRepeatedOrZero() throws {
    let s = try Self.spec(#"{"type": "MultiStepLR", "milestones": [0, 60, 30, 30, 150]}"#)
    let f = SpecLinter.findings(s)
    #expect(f.map(\.code) == ["LR005", "LR005", "LR005", "LR005"])
    #expect(f.map(\.path) == [
      "scheduler.milestones[4]", "scheduler.milestones[2]", "scheduler.milestones[3]", "scheduler.milestones[0]",
    ])
  }

  @Test func fiftyThousandMilestonesAreCheckedInLinearTime() throws {
    let n = 50_000
    let milestones = (1...n).map(String.init).joined(separator: ", ") + ", \(n)"
    let s = try Self.spec(#"{"type": "MultiStepLR", "milestones": [\#(milestones)]}"#, epochs: n + 10)
    let f = SpecLinter.findings(s)
    #expect(f.map(\.code) == ["LR005"])
    #expect(f.first?.path == "scheduler.milestones[\(n)]")
    #expect(f.first?.message.contains("milestone \(n) is repeated") == true)
  }

  @Test func stepLRThatNeverDecays() throws {
    let s = try Self.spec(#"{"type": "StepLR", "step_size": 100}"#)
    #expect(Self.codes(s) == ["LR006", "LR007"])
    #expect(Self.codes(try Self.spec(#"{"type": "StepLR", "step_size": 99}"#)) == [])
  }

  @Test func earlyCollapse() throws {
    let s = try Self.spec(#"{"type": "ExponentialLR", "gamma": 0.5}"#)
    let f = Linter.lint(s)
    #expect(f.map(\.code) == ["LR008"])
    #expect(f.first?.step == 10)
    #expect(Self.codes(try Self.spec(#"{"type": "ExponentialLR", "gamma": 0.95}"#)) == [])
  }

  @Test func plateauWithoutMetricsStillLints() throws {
    let s = try Self.spec(#"{"type": "ReduceLROnPlateau", "patience": 2}"#)
    let f = Linter.lint(s)
    #expect(f.map(\.code).contains("LR009"))
    #expect(f.last?.severity == .error)
  }

  @Test func chainedWithAClosedFormScheduler() throws {
    let s = try Self.spec(
      #"{"type": "ChainedScheduler", "schedulers": [{"type": "ExponentialLR", "gamma": 0.99}, {"type": "LambdaLR", "lr_lambda": "1.0"}]}"#)
    let f = SpecLinter.findings(s)
    #expect(f.map(\.code) == ["LR010"])
    #expect(f.first?.path == "scheduler.schedulers[1]")
  }

  @Test func sequentialMilestoneAtZero() throws {
    let s = try Self.spec(
      #"{"type": "SequentialLR", "milestones": [0], "schedulers": [{"type": "ConstantLR", "factor": 0.5}, {"type": "ExponentialLR", "gamma": 0.99}]}"#)
    #expect(SpecLinter.findings(s).map(\.code) == ["LR011"])
  }

  @Test func adamWithWeightDecayAndDecayOnBiases() throws {
    let s = try Self.spec(
      #"{"type": "CosineAnnealingLR", "T_max": 100}"#,
      optimizer: #"{"type": "Adam", "lr": 0.001, "weight_decay": 0.01, "param_groups": [{"name": "weights"}, {"name": "bias"}, {"name": "no_decay"}, {"name": "layernorm", "weight_decay": 0}]}"#)
    let f = SpecLinter.findings(s)
    #expect(f.map(\.code) == ["LR012", "LR013", "LR013"])
    #expect(f.map(\.path) == ["optimizer.weight_decay", "optimizer.param_groups[1].weight_decay", "optimizer.param_groups[2].weight_decay"])
    let adamW = try Self.spec(#"{"type": "CosineAnnealingLR", "T_max": 100}"#, optimizer: #"{"type": "AdamW", "lr": 0.001}"#)
    #expect(Self.codes(adamW) == [])
  }

  @Test func aScheduleThatRaisesIsReportedWithWhatCouldBeChecked() throws {
    let s = try Self.spec(#"{"type": "LambdaLR", "lr_lambda": "lambda step: 0.0 if step < 3 else 1 / (5 - step)"}"#, epochs: 10)
    let f = Linter.lint(s)
    #expect(f.map(\.code) == ["LR004", "LR000"])
    #expect(f.last?.message.contains("computing step 5") == true)
  }

  @Test func nonFiniteLearningRate() throws {
    let s = try Self.spec(#"{"type": "LambdaLR", "lr_lambda": "nan if epoch == 3 else 1.0"}"#, epochs: 10)
    let f = Linter.lint(s)
    #expect(f.map(\.code) == ["LR014"])
    #expect(f.first?.step == 3)
  }

  @Test func everyRuleHasAStableCodeAndTitle() {
    #expect(LintRule.allCases.map(\.code) == (0...14).map { "LR" + String(repeating: "0", count: $0 < 10 ? 2 : 1) + String($0) })
    #expect(LintRule.allCases.allSatisfy { !$0.title.isEmpty })
  }

  @Test func unknownSchedulersAreSkippedNotCrashed() throws {
    let s = try Self.spec(#"{"type": "NoSuchLR", "schedulers": [[], 3, {"type": 4}], "milestones": "x"}"#)
    let f = Linter.lint(s)
    #expect(f.map(\.code) == ["LR000"])
  }
}

extension String {
  fileprivate func replacingOccurrences(_ a: String, _ b: String) -> String {
    split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
  }
}
