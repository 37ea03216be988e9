import Foundation
import Testing

/// Every kind of bad input gets one clear message naming where and why, and exit code 2 (64 for
/// command-line usage errors); nothing crashes.
@Suite struct InvalidInputTests {
  static let base = #""optimizer": {"type": "SGD", "lr": 0.1}"#

  static let cases: [(spec: String, message: String)] = [
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"LinearLR\", \"start_factor\": 1.5}}", "scheduler.start_factor"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"MultiStepLR\", \"milestones\": [1, 2, \"x\"]}}", "scheduler.milestones[2]"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"CosineAnealingLR\", \"T_max\": 10}}", "did you mean 'CosineAnnealingLR'"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 3, \"gama\": 0.5}}", "did you mean 'gamma'"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"StepLR\"}}", "scheduler.step_size"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 0}}", "ZeroDivisionError"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 99999999999999999999999}}", "too large"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"CosineAnnealingLR\", \"T_max\": 0}}", "ZeroDivisionError"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"LambdaLR\", \"lr_lambda\": \"__import__('os').system('true')\"}}", "scheduler.lr_lambda"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"LambdaLR\", \"lr_lambda\": \"1 / (epoch - 3)\"}}", "division by zero"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"LambdaLR\", \"lr_lambda\": \"10 ** 10 ** 10\"}}", "scheduler.lr_lambda"),
    ("{\"epochs\": -1, \(base), \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 1}}", "epochs"),
    ("{\"epochs\": 4000000000, \"steps_per_epoch\": 4000000000, \"interval\": \"step\", \(base), \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 1}}", "steps_per_epoch"),
    ("{\"epochs\": 10, \"optimizer\": {\"type\": \"SDG\", \"lr\": 0.1}, \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 1}}", "did you mean 'SGD'"),
    ("{\"epochs\": 10, \"optimizer\": {\"type\": \"SGD\", \"lr\": -1}, \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 1}}", "optimizer.lr"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 1}, \"metrix\": []}", "did you mean 'metrics'"),
    ("{\"epochs\": 10, \(base), \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 1}", "not valid JSON"),
    ("[1, 2]", "must be a JSON object"),
    (String(repeating: "[", count: 100_000), "nested"),
    ("{\"epochs\": 1e999, \(base), \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 1}}", "epochs"),
    ("{\"epochs\": 10, \(base), \"scheduler\": " + String(repeating: "{\"type\": \"SequentialLR\", \"milestones\": [], \"schedulers\": [", count: 40)
      + "{\"type\": \"StepLR\", \"step_size\": 1}" + String(repeating: "]}", count: 40) + "}", "nested more than"),
  ]

  @Test(arguments: 0..<cases.count)
  func refusedWithWhereAndWhy(_ i: Int) throws {
    let (spec, message) = Self.cases[i]
    let r = try CLI.run(["simulate", "--spec", "-"], stdin: spec)
    #expect(!r.crashed)
    #expect(r.status == 2, "exit \(r.status) for \(spec.prefix(80)): \(r.stderr)")
    #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
    #expect(r.stderr.split(separator: "\n").count == 1, "one message, got: \(r.stderr)")
  }

  @Test func missingSpecFile() throws {
    let r = try CLI.run(["simulate", "--spec", "/nonexistent/run.json"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("/nonexistent/run.json"))
  }

  @Test func unknownSchedulerFlagSuggests() throws {
    let r = try CLI.run(["simulate", "--scheduler", "cosin"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("did you mean"))
  }

  @Test func malformedPastedCall() throws {
    let r = try CLI.run(["simulate", "--scheduler", "StepLR(optimizer, step_size=30, gamma=)"])
    #expect(r.status == 2)
    #expect(r.stderr.contains("column"))
  }

  @Test func badFlagValuesAreUsageErrors() throws {
    for args in [["--epochs", "0"], ["--interval", "batch"], ["--optimizer", "RMSprop"], ["--param", "gamma"]] {
      let r = try CLI.run(["simulate", "--scheduler", "cosine"] + args)
      #expect(r.status == 64, "\(args): exit \(r.status)")
      #expect(!r.stderr.isEmpty)
    }
  }
}
