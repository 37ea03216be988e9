import Testing
@testable import LRSchedCore

/// `expect` assertions: parsing (paths of malformed ones) and evaluation against simulated runs.
@Suite struct ExpectationTests {
  static func spec(_ scheduler: String, epochs: Int = 100, expect: String, extra: String = "") throws -> RunSpec {
    try RunSpec(text: #"{"epochs": \#(epochs), \#(extra) "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": \#(scheduler), "expect": \#(expect)}"#)
  }

  static let cosine = #"{"type": "CosineAnnealingLR", "T_max": 100}"#
  static let step = #"{"type": "StepLR", "step_size": 30, "gamma": 0.1}"#

  static func outcomes(_ spec: RunSpec) throws -> [CheckOutcome] {
    let (results, error) = try ExpectationEvaluator.evaluate(spec)
    #expect(error == nil)
    return results.map(\.outcome)
  }

  @Test func trueAssertionsPass() throws {
    let s = try Self.spec(
      Self.step,
      expect: #"""
        [{"at_step": 0, "lr": 0.1}, {"at_epoch": 30, "lr": 0.01}, {"at_step": 60, "lr": {"lt": 0.0011, "gt": 0.0009}},
         {"max_lr": 0.1}, {"min_lr": 0.00010000000000000002}, {"final_lr": {"lt": 0.001}},
         {"monotonic": "non-increasing"}, {"monotonic": "decreasing", "from_step": 29, "to_step": 30},
         {"peak_at_step": 0}, {"peak_at_epoch": 0}]
        """#)
    #expect(try Self.outcomes(s) == Array(repeating: .passed, count: 10))
  }

  @Test func manyAssertionsCostTimeLinearInTheRows() throws {
    let n = 20_000
    var items: [String] = []
    for i in 0..<n { items.append(#"{"at_step": \#(i), "lr": \#(i < 30 ? "0.1" : "{\"lt\": 0.1}")}"#) }
    for _ in 0..<1_000 { items.append(#"{"max_lr": 0.1}"#) }
    for i in 0..<1_000 { items.append(#"{"monotonic": "non-increasing", "from_step": \#(i), "to_step": \#(i + 5)}"#) }
    items.append(#"{"monotonic": "increasing", "from_step": 10, "to_step": 15000}"#)
    let s = try Self.spec(#"{"type": "StepLR", "step_size": 30, "gamma": 0.999}"#, epochs: n, expect: "[" + items.joined(separator: ",") + "]")
    let (results, error) = try ExpectationEvaluator.evaluate(s)
    #expect(error == nil)
    #expect(results.count == n + 2_001)
    #expect(results.prefix(n + 2_000).allSatisfy { $0.outcome == .passed })
    #expect(results.last?.outcome == .failed)
    #expect(results.last?.step == 11)
  }

  @Test func falseAtEpochFailsAndNamesTheStep() throws {
    let s = try Self.spec(Self.step, expect: #"[{"at_epoch": 30, "lr": 0.1, "name": "decayed at 30"}]"#)
    let (results, _) = try ExpectationEvaluator.evaluate(s)
    #expect(results.count == 1)
    #expect(results[0].outcome == .failed)
    #expect(results[0].step == 30)
    #expect(results[0].expectation.name == "decayed at 30")
    #expect(results[0].message.contains("step 30"))
  }

  @Test func nonIncreasingFailsOnARestartingCosine() throws {
    let s = try Self.spec(#"{"type": "CosineAnnealingLR", "T_max": 30}"#, expect: #"[{"monotonic": "non-increasing"}]"#)
    let (results, _) = try ExpectationEvaluator.evaluate(s)
    #expect(results[0].outcome == .failed)
    // The recursive cosine reaches eta_min at T_max = 30 and rises from step 31.
    #expect(results[0].step == 31)
    #expect(results[0].message.contains("rises at step 31"))
  }

  @Test func monotonicOverARangeOnlyLooksThere() throws {
    let s = try Self.spec(
      #"{"type": "CosineAnnealingLR", "T_max": 30}"#, expect: #"[{"monotonic": "non-increasing", "to_epoch": 30}, {"monotonic": "non-decreasing", "from_step": 30, "to_step": 60}]"#)
    #expect(try Self.outcomes(s) == [.passed, .passed])
  }

  @Test func peakAtStepOfAWarmup() throws {
    let s = try Self.spec(
      #"{"type": "LambdaLR", "lr_lambda": "lambda step: min(1.0, (step + 1) / 10)"}"#, epochs: 20,
      expect: #"[{"peak_at_step": 9}, {"peak_at_step": 10}, {"at_step": 4, "lr": 0.05, "rtol": 1e-9}]"#)
    #expect(try Self.outcomes(s) == [.passed, .failed, .passed])
  }

  @Test func peakAtEpochWithStepInterval() throws {
    let s = try Self.spec(
      #"{"type": "LinearLR", "start_factor": 0.1, "total_iters": 25}"#, epochs: 10,
      expect: #"[{"peak_at_epoch": 2}, {"at_epoch": 2.5, "lr": 0.1}, {"peak_at_epoch": 3}]"#,
      extra: #""steps_per_epoch": 10, "interval": "step","#)
    #expect(try Self.outcomes(s) == [.passed, .passed, .failed])
  }

  @Test func groupsAreSelectedByNameOrIndex() throws {
    let s = try RunSpec(
      text: #"""
        {"epochs": 3, "optimizer": {"type": "SGD", "lr": 1.0, "param_groups": [{"name": "a"}, {"name": "b", "lr": 0.5}]},
         "scheduler": {"type": "ExponentialLR", "gamma": 0.5},
         "expect": [{"at_step": 1, "lr": 0.25, "group": "b"}, {"final_lr": 0.25, "group": 0}, {"max_lr": 1.0}]}
        """#)
    #expect(try Self.outcomes(s) == [.passed, .passed, .passed])
  }

  @Test(arguments: [
    (#"[{"at_step": -1, "lr": 0.1}]"#, "expect[0].at_step"),
    (#"[{"lr": 0.1}, {"at_step": 100, "lr": 0.1}]"#, "expect[0]"),
    (#"[{"at_step": 0, "lr": 0.1}, {"at_step": 100, "lr": 0.1}]"#, "expect[1].at_step"),
    (#"[{"at_step": 1.5, "lr": 0.1}]"#, "expect[0].at_step"),
    (#"[{"at_step": "3", "lr": 0.1}]"#, "expect[0].at_step"),
    (#"[{"at_step": 3}]"#, "expect[0].lr"),
    (#"[{"at_step": 3, "lr": {"below": 1}}]"#, "expect[0].lr.below"),
    (#"[{"at_step": 3, "lr": {"lt": 1, "le": 2}}]"#, "expect[0].lr.le"),
    (#"[{"at_epoch": 2.5, "lr": 0.1}]"#, "expect[0].at_epoch"),
    (#"[{"max_lr": 0.1, "at_step": 3}]"#, "expect[0].at_step"),
    (#"[{"max_lr": 0.1, "from_step": 3}]"#, "expect[0].from_step"),
    (#"[{"monotonic": "downwards"}]"#, "expect[0].monotonic"),
    (#"[{"monotonic": "increasing", "from_step": 50, "to_step": 10}]"#, "expect[0].to_step"),
    (#"[{"final_lr": 0.1, "group": "bias"}]"#, "expect[0].group"),
    (#"[{"final_lr": 0.1, "group": 2}]"#, "expect[0].group"),
    (#"[{"final_lr": 0.1, "rtol": -1}]"#, "expect[0].rtol"),
    (#"[{"peak_at_epoch": 100}]"#, "expect[0].peak_at_epoch"),
    (#"[{"golden": 3}]"#, "expect[0].golden"),
    (#"[7]"#, "expect[0]"),
    (#"{"at_step": 0}"#, "expect"),
  ])
  func malformedAssertionsNameTheirPath(_ expect: String, _ path: String) throws {
    let s = try Self.spec(Self.step, expect: expect)
    #expect(throws: SpecError.self) { try ExpectationParser.parse(s) }
    do {
      _ = try ExpectationParser.parse(s)
    } catch {
      #expect(error.path == path, "\(error)")
    }
  }

  @Test func boundsDescribeThemselves() throws {
    let b = try Bound.parse(.object([("gt", .number(JSONNumber(0))), ("le", .number(JSONNumber(0.5)))]), at: "x", rtol: 0, atol: 0)
    #expect(b.description == ">= 0.0 and <= 0.5" || b.description == "> 0.0 and <= 0.5")
    #expect(b.contains(0.5) && !b.contains(0) && !b.contains(.nan))
    #expect(Bound(equal: 0.1).contains(0.1 + 1e-14))
    #expect(!Bound(equal: 0.1).contains(0.1001))
  }

  @Test func assertionsPastAFailureAreNotEvaluated() throws {
    // OneCycle-style failure: a LambdaLR dividing by zero at step 5.
    let s = try Self.spec(
      #"{"type": "LambdaLR", "lr_lambda": "lambda step: 1 / (5 - step)"}"#, epochs: 10,
      expect: #"[{"at_step": 2, "lr": 0.03333333333333333, "rtol": 1e-9}, {"final_lr": 0.1}, {"at_step": 8, "lr": 0.1}]"#)
    let (results, error) = try ExpectationEvaluator.evaluate(s)
    #expect(error != nil)
    #expect(results.map(\.outcome) == [.passed, .notEvaluated, .notEvaluated])
  }
}
