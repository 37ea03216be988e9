import Testing

@testable import PyExpression

@Suite("Comparisons, boolean operators and conditionals")
struct LogicTests {
  @Test(
    "comparisons, including chains",
    arguments: [
      ("1 < 2", true),
      ("2 <= 2", true),
      ("3 > 4", false),
      ("3 >= 3.0", true),
      ("1 == 1.0", true),
      ("1 != 1.0", false),
      ("0 < x < 5", true),
      ("0 < x < 3", false),
      ("5 > x >= 3 == 3.0", true),
      ("1 < 2 > 0 < 3", true),
      ("1 < 2 > 3 < 1 / 0", false),
      ("True == 1", true),
      ("math.nan == math.nan", false),
      ("math.nan != math.nan", true),
      ("math.nan < 1 or math.nan >= 1", false),
      ("-math.inf < -1e308", true),
    ])
  func comparison(source: String, expected: Bool) throws {
    #expect(try evaluate(source, at: .int(3)) == .bool(expected))
  }

  @Test("int and float compare by exact value")
  func exactMixedComparison() throws {
    #expect(try evaluate("9007199254740993 == 9007199254740992.0") == .bool(false))
    #expect(try evaluate("9007199254740993 > 9007199254740992.0") == .bool(true))
    #expect(try evaluate("9223372036854775807 < 9223372036854775808.0") == .bool(true))
    #expect(try evaluate("-9223372036854775807 - 1 == -9223372036854775808.0") == .bool(true))
    #expect(try evaluate("2 < 2.5 < 3") == .bool(true))
    #expect(try evaluate("-3 < -2.5") == .bool(true))
    #expect(try evaluate("x == 0.1 * 3", at: .float(0.30000000000000004)) == .bool(true))
  }

  @Test(
    "and/or return an operand and short-circuit",
    arguments: [
      ("0 or 5", PyValue.int(5)),
      ("2 or 1 / 0", .int(2)),
      ("0 and 1 / 0", .int(0)),
      ("0.0 or 0", .int(0)),
      ("3 and 4.5", .float(4.5)),
      ("1 and 0.0 and 1 / 0", .float(0.0)),
      ("0 or False or 7", .int(7)),
      ("x > 1 and 0.5 or 1.0", .float(0.5)),
      ("not 0", .bool(true)),
      ("not 2.5", .bool(false)),
      ("not not x", .bool(true)),
      ("not x == 3", .bool(false)),
      ("math.nan and 4", .int(4)),
    ])
  func booleanOperators(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source, at: .int(3)), expected))
  }

  @Test(
    "membership in tuples and lists",
    arguments: [
      ("x in (1, 2, 3)", true),
      ("x in (1, 2)", false),
      ("x not in (1, 2)", true),
      ("x in [3.0]", true),
      ("x in (3,)", true),
      ("x in ()", false),
      ("x in []", false),
      ("x in (x - 1, x + 0.0)", true),
      ("1 < x in (3, 4)", true),
      ("x in (True, 2 + 1)", true),
      ("x in (1, 2, 3,)", true),
    ])
  func membership(source: String, expected: Bool) throws {
    #expect(try evaluate(source, at: .int(3)) == .bool(expected))
  }

  @Test("membership matches the very same NaN, as Python's identity check does")
  func membershipIdentity() throws {
    #expect(try evaluate("x in (x,)", at: .float(.nan)) == .bool(true))
    #expect(try evaluate("x in (math.nan,)", at: .float(.nan)) == .bool(false))
    #expect(try evaluate("math.nan in (math.nan,)") == .bool(true))
    #expect(try evaluate("x == x", at: .float(.nan)) == .bool(false))
  }

  @Test("the tuple after 'in' is built in full before the search")
  func membershipEvaluatesAllElements() throws {
    #expect(try evaluationError("1 in (1, 1 / 0)")?.message == "division by zero")
  }

  @Test(
    "conditional expressions",
    arguments: [
      ("1 if x > 2 else 2", PyValue.int(1)),
      ("1 if x > 5 else 2.0", .float(2.0)),
      ("1 if x < 0 else 2 if x < 5 else 3", .int(2)),
      ("(1 if x else 1 / 0) + 1", .int(2)),
      ("1 / 0 if x == 0 else x", .int(3)),
      ("x / 10 if x < 10 else 0.5 ** (x // 10)", .float(0.3)),
    ])
  func conditional(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source, at: .int(3)), expected))
  }

  @Test("a bool result converts to 1.0 or 0.0")
  func boolResult() throws {
    #expect(try evaluate("x > 2", at: .int(3)).doubleValue == 1.0)
    #expect(try evaluate("x > 2", at: .int(1)).doubleValue == 0.0)
  }
}
