import Testing

@testable import PyExpression

@Suite("Pasted Python calls")
struct PyCallParserTests {
  private func call(_ text: String) throws -> PyCall { try PyCallParser.parseCall(text) }

  private func value(_ text: String) throws -> PyLiteral { try PyCallParser.parseValue(text) }

  private func failure(_ text: String) -> PyCallError? {
    do {
      _ = try PyCallParser.parseCall(text)
      return nil
    } catch {
      return error
    }
  }

  @Test func argumentsKeepTheirOrderAndKinds() throws {
    let parsed = try call("torch.optim.lr_scheduler.OneCycleLR(optimizer, 0.1, total_steps=1000, three_phase=True)")
    #expect(parsed.name == "torch.optim.lr_scheduler.OneCycleLR")
    #expect(parsed.positional == [.name("optimizer"), .float(0.1)])
    #expect(parsed.keywords.map(\.name) == ["total_steps", "three_phase"])
    #expect(parsed["total_steps"] == .int(1000))
    #expect(parsed["three_phase"] == .bool(true))
  }

  @Test func containersNestedCallsAndNone() throws {
    let parsed = try call("f(a=[1, (2, 3), ()], b={'x': None, 2: 'y'}, c=(4,), d=g(h=[]),)")
    #expect(parsed["a"] == .list([.int(1), .tuple([.int(2), .int(3)]), .tuple([])]))
    #expect(parsed["b"] == .dict([(.string("x"), .none), (.int(2), .string("y"))]))
    #expect(parsed["c"] == .tuple([.int(4)]))
    #expect(parsed["d"] == .call(PyCall(name: "g", keywords: [("h", .list([]))])))
  }

  @Test func constantArithmeticIsEvaluated() throws {
    #expect(try value("1/3") == .float(1.0 / 3.0))
    #expect(try value("(1 + 2) * 3") == .int(9))
    #expect(try value("(0.5)") == .float(0.5))
    #expect(try value("-2") == .int(-2))
    #expect(try value("math.pi / 2") == .float(Double.pi / 2))
    #expect(try value("min(1, 2)") == .int(1))
    #expect(try value("1_000") == .int(1000))
    #expect(try value("1 if True else 2") == .int(1))
  }

  @Test func lambdasKeepTheirExactSource() throws {
    let parsed = try call("LambdaLR(opt, lr_lambda=lambda e:  0.95 ** e if e > 2 else min(1, e), x={'f': lambda s: s})")
    #expect(parsed["lr_lambda"] == .source("lambda e:  0.95 ** e if e > 2 else min(1, e)"))
    #expect(parsed["x"] == .dict([(.string("f"), .source("lambda s: s"))]))
  }

  @Test(
    "strings follow Python's quoting and escapes",
    arguments: [
      (#"'a b'"#, "a b"),
      (#""it's""#, "it's"),
      (#"'tab\there\n'"#, "tab\there\n"),
      (#"'\\ \' \"'"#, #"\ ' ""#),
      (#"'\x41\u00e9\U0001F600'"#, "Aé😀"),
      (#"'\101\0'"#, "A\u{0}"),
      (#"'\d'"#, #"\d"#),
      (#"r'\n\''"#, #"\n\'"#),
      (#"u'x' "y""#, "xy"),
      ("''", ""),
    ])
  func strings(source: String, expected: String) throws {
    #expect(try value(source) == .string(expected))
  }

  @Test func assignmentAndCommentsAroundTheCall() throws {
    let parsed = try call("self.scheduler = StepLR(optimizer,  # the optimizer\n step_size=10)  # decay")
    #expect(parsed.name == "StepLR")
    #expect(parsed.positional == [.name("optimizer")])
    #expect(parsed["step_size"] == .int(10))
  }

  @Test(
    "errors name the column and the argument",
    arguments: [
      ("StepLR(optimizer, step_size=30, gamma=)", 39, ".gamma", "expected a value"),
      ("StepLR(o, gamma=0.5, gamma=0.1)", 22, "", "SyntaxError: keyword argument repeated: gamma"),
      ("StepLR(gamma=0.5, 3)", 19, "", "SyntaxError: positional argument follows keyword argument"),
      ("StepLR(o, 1 2)", 13, "", "cannot read '1 2' as a value: expected end of expression but found number '2'"),
      ("StepLR(o, 'a' 2)", 15, "", "expected ',' or ')'"),
      ("StepLR(o) x", 11, "", "unexpected text after the call"),
      ("StepLR o", 8, "", "expected '(' after StepLR"),
      ("f(a=[g(b='x)])", 10, ".a[0].b", "unterminated string literal"),
      ("f(a=f'x')", 5, ".a", "string prefix 'f' is not supported"),
      ("f(a='''x''')", 5, ".a", "triple-quoted strings are not supported"),
      (#"f(a='\x4')"#, 6, ".a", #"truncated \xXX escape"#),
      ("f(a=1/0)", 6, ".a", "cannot read '1/0' as a value: division by zero"),
      ("f(a=_ + 1)", 5, ".a", "cannot read '_ + 1' as a value: unknown name '_'"),
      ("f(a={1: 2 3})", 11, ".a.1", "cannot read '2 3' as a value: expected end of expression but found number '3'"),
      ("f(a={1: None 3})", 14, ".a", "expected ',' or '}'"),
    ])
  func errors(text: String, column: Int, path: String, message: String) {
    let error = failure(text)
    #expect(error?.column == column)
    #expect(error?.path == path)
    #expect(error?.message == message)
  }

  @Test func nestingIsBounded() {
    let deep = String(repeating: "f(a=", count: 40) + "1" + String(repeating: ")", count: 40)
    #expect(failure(deep)?.message == "nested too deeply")
  }

  @Test func expressionModeStillRejectsCallSyntax() {
    #expect(parseError("'a'")?.message == "a string is only supported as the argument of float(), e.g. float('inf')")
    #expect(parseError("x # c")?.message == "comments are not supported")
    #expect(parseError("None")?.message == "'None' is not supported")
    #expect(parseError("{1}")?.message == "unexpected character '{'")
  }
}
