import Testing

@testable import PyExpression

@Suite("LambdaExpression API")
struct LambdaExpressionTests {
  @Test("a bare expression uses the default variable")
  func bareExpression() throws {
    let expression = try LambdaExpression("0.95 ** epoch", defaultVariable: "epoch")
    #expect(expression.source == "0.95 ** epoch")
    #expect(expression.variable == "epoch")
    #expect(try expression.evaluate(0) == .float(1.0))
    #expect(try expression.evaluate(2) == .float(0.9025))
    #expect(try expression.evaluate(2.0) == .float(0.9025))
  }

  @Test("a lambda names its own variable")
  func lambdaForm() throws {
    let expression = try LambdaExpression(
      "lambda step: min(1.0, step / 10)", defaultVariable: "epoch")
    #expect(expression.variable == "step")
    #expect(try expression.evaluate(5) == .float(0.5))
    #expect(try expression.evaluate(50) == .float(1.0))
    #expect(
      parseError("lambda step: epoch", variable: "epoch")?.message.hasPrefix("unknown name 'epoch'")
        == true)
    #expect(
      try LambdaExpression("  lambda x,: x * 2\n", defaultVariable: "e").evaluate(3) == .int(6))
  }

  @Test("the variable shadows functions and constants of the same name")
  func shadowing() throws {
    #expect(try LambdaExpression("lambda e: e * 2", defaultVariable: "x").evaluate(3) == .int(6))
    #expect(
      try LambdaExpression("lambda min: min + 1", defaultVariable: "x").evaluate(3) == .int(4))
    #expect(
      try LambdaExpression("e", defaultVariable: "x").evaluate(3) == .float(2.718281828459045))
  }

  @Test("int and float arguments keep Python's types")
  func argumentTypes() throws {
    let expression = try LambdaExpression("x // 2", defaultVariable: "x")
    #expect(try expression.evaluate(7) == .int(3))
    #expect(try expression.evaluate(7.0) == .float(3.0))
    #expect(try expression.evaluate(PyValue.bool(true)) == .int(0))
  }

  @Test("doubleValue is Python's float()")
  func doubleValue() {
    #expect(PyValue.int(3).doubleValue == 3.0)
    #expect(PyValue.int(9_007_199_254_740_993).doubleValue == 9_007_199_254_740_992.0)
    #expect(PyValue.bool(true).doubleValue == 1.0)
    #expect(PyValue.bool(false).doubleValue == 0.0)
    #expect(PyValue.float(0.25).doubleValue == 0.25)
  }

  @Test("values print like Python")
  func valueDescription() {
    #expect(PyValue.int(-3).description == "-3")
    for (value, repr) in [
      (0.5, "0.5"), (-0.0, "-0.0"), (1e16, "1e+16"), (1e15, "1000000000000000.0"),
      (0.0001, "0.0001"), (0.00001, "1e-05"), (123.456, "123.456"),
      (.leastNonzeroMagnitude, "5e-324"),
      (1.7976931348623157e308, "1.7976931348623157e+308"), (0.1 + 0.2, "0.30000000000000004"),
      (-2.5e-7, "-2.5e-07"), (9007199254740993.0, "9007199254740992.0"), (100.0, "100.0"),
      (1234567890123456.7, "1234567890123456.8"), (12345678901234567.0, "1.2345678901234568e+16"),
    ] {
      #expect(PyValue.float(value).description == repr)
    }
    #expect(PyValue.float(-.infinity).description == "-inf")
    #expect(PyValue.float(.nan).description == "nan")
    #expect(PyValue.bool(true).description == "True")
  }

  @Test("errors describe themselves with their column")
  func errorDescription() throws {
    #expect(ExpressionError("boom", column: 5).description == "column 5: boom")
    #expect(ExpressionError("boom").description == "boom")
    let error = try evaluationError("1 + x / 0", at: .int(2))
    #expect(error?.description == "column 7: division by zero")
  }

  @Test("expressions compare and hash by source and variable")
  func hashable() throws {
    let first = try LambdaExpression("x + 1", defaultVariable: "x")
    let second = try LambdaExpression("x + 1", defaultVariable: "x")
    let other = try LambdaExpression("x + 2", defaultVariable: "x")
    #expect(first == second)
    #expect(first != other)
    #expect(Set([first, second, other]).count == 2)
  }

  @Test("whitespace, including newlines, is allowed between tokens")
  func whitespace() throws {
    #expect(try evaluate("\tmin(\n  1.0,\r\n  x / 10\n)\n", at: .int(5)) == .float(0.5))
  }

  @Test(
    "number literal forms",
    arguments: [
      ("1_000", PyValue.int(1000)),
      (".5", .float(0.5)),
      ("1.", .float(1.0)),
      ("1e-3", .float(0.001)),
      ("1E3", .float(1000.0)),
      ("1.5e+2", .float(150.0)),
      ("1_0.2_5", .float(10.25)),
      ("0x1F", .int(31)),
      ("0o17", .int(15)),
      ("0b1_01", .int(5)),
      ("0x_ff", .int(255)),
      ("00", .int(0)),
      ("007.5", .float(7.5)),
      ("True", .bool(true)),
      ("False", .bool(false)),
      ("1if x else 2", .int(1)),
      ("0.1", .float(0.1)),
      ("2.2250738585072014e-308", .float(2.2250738585072014e-308)),
    ])
  func literals(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source, at: .int(1)), expected))
  }

  @Test("typical PyTorch lambdas")
  func typicalLambdas() throws {
    let warmup = try LambdaExpression(
      "lambda epoch: min(1.0, (epoch + 1) / 5) * 0.5 ** (epoch // 30)", defaultVariable: "x")
    #expect(try warmup.evaluate(0).doubleValue == 0.2)
    #expect(try warmup.evaluate(30).doubleValue == 0.5)
    let cosine = try LambdaExpression(
      "0.5 * (1 + math.cos(math.pi * epoch / 100))", defaultVariable: "epoch")
    #expect(try cosine.evaluate(100).doubleValue == 0.0)
    let triangular = try LambdaExpression("lambda x: 1 / (2. ** (x - 1))", defaultVariable: "x")
    #expect(try triangular.evaluate(3) == .float(0.25))
    let linear = try LambdaExpression(
      "1 - epoch / 10 if epoch < 10 else 0", defaultVariable: "epoch")
    #expect(try linear.evaluate(12) == .int(0))
  }
}
