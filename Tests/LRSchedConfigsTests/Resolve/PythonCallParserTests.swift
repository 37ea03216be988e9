import Testing

@testable import LRSchedConfigs
@testable import LRSchedCore

/// Pasted calls and `--param` values read into spec JSON.
@Suite struct PythonCallParserTests {
  private func failure(_ text: String) -> SpecError? {
    do {
      _ = try PythonCallParser.parse(text)
      return nil
    } catch {
      return error
    }
  }

  @Test func positionalArgumentsTakeTheParameterOrder() throws {
    let spec = try PythonCallParser.parse("torch.optim.lr_scheduler.StepLR(optimizer, 10, 0.5)")
    #expect(spec == .object([("type", .string("torch.optim.lr_scheduler.StepLR")), ("step_size", .number(JSONNumber(10))), ("gamma", .number(JSONNumber(0.5)))]))
  }

  @Test func theOptimizerKeywordIsDroppedLikeThePositionalOne() throws {
    let spec = try PythonCallParser.parse("scheduler = StepLR(optimizer=optimizer, step_size=10, gamma=0.5)  # decay")
    #expect(spec == .object([("type", .string("StepLR")), ("step_size", .number(JSONNumber(10))), ("gamma", .number(JSONNumber(0.5)))]))
  }

  @Test func nestedCallsListsAndLambdas() throws {
    let spec = try PythonCallParser.parse(
      "SequentialLR(optimizer, schedulers=[LinearLR(optimizer, start_factor=1/3), LambdaLR(optimizer, lambda e: 0.9 ** e)], milestones=(10,))")
    guard case .array(let children)? = spec["schedulers"] else {
      Issue.record("no schedulers")
      return
    }
    #expect(children[0]["start_factor"] == .number(JSONNumber(1.0 / 3.0)))
    #expect(children[1]["lr_lambda"] == .string("lambda e: 0.9 ** e"))
    #expect(spec["milestones"] == .array([.number(JSONNumber(10))]))
  }

  @Test func dictsStringsAndNone() throws {
    let spec = try PythonCallParser.parse("CyclicLR(optimizer, mode='exp_range', scale_fn=None, extra={'a': 1, 2: \"b\"})")
    #expect(spec["mode"] == .string("exp_range"))
    #expect(spec["scale_fn"] == .null)
    #expect(spec["extra"] == .object([("a", .number(JSONNumber(1))), ("2", .string("b"))]))
  }

  @Test(
    "errors name the flag, the argument and the column",
    arguments: [
      ("StepLR(optimizer, step_size=30, gamma=)", "--scheduler.gamma", "column 39: expected a value"),
      ("StepLR(optimizer, step_size=10, gamma=0.5, gamma=0.1)", "--scheduler", "column 44: SyntaxError: keyword argument repeated: gamma"),
      ("SequentialLR(optimizer, schedulers=[StepLR(optimizer, gamma=0.1, gamma=1)])", "--scheduler.schedulers[0]", "column 66: SyntaxError: keyword argument repeated: gamma"),
      ("StepLR(optimizer, step_size=n)", "--scheduler.step_size", "unknown name 'n': only the optimizer may be a variable"),
      ("StepLR(optimizer, 10, step_size=5)", "--scheduler", "TypeError: StepLR() got multiple values for argument 'step_size'"),
      ("NoSuchLR(optimizer, 1)", "--scheduler", "unknown scheduler 'NoSuchLR'"),
    ])
  func errors(text: String, path: String, message: String) {
    let error = failure(text)
    #expect(error?.path == path)
    #expect(error?.message.hasPrefix(message) == true)
  }

  @Test func paramValuesReadAsPython() throws {
    func param(_ text: String) throws -> JSONValue? {
      try SpecResolver.setting(text, in: .object([("type", .string("CyclicLR"))]))[String(text.prefix { $0 != "=" })]
    }
    #expect(try param("three_phase=True") == .bool(true))
    #expect(try param("gamma=1/3") == .number(JSONNumber(1.0 / 3.0)))
    #expect(try param("mode='triangular2'") == .string("triangular2"))
    #expect(try param("mode=triangular2") == .string("triangular2"))
    #expect(try param("milestones=[30,60]") == .array([.number(JSONNumber(30)), .number(JSONNumber(60))]))
    #expect(try param("milestones=(30, 60)") == .array([.number(JSONNumber(30)), .number(JSONNumber(60))]))
    #expect(try param("gamma=0.10") == .number(JSONNumber(literal: "0.10")!))
    #expect(try param("scale_fn=None") == .null)
    #expect(try param("lr_lambda=0.95 ** epoch") == .string("0.95 ** epoch"))
  }
}
