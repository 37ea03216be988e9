import Testing

@testable import PyExpression

@Suite("Python arithmetic")
struct ArithmeticTests {
  @Test(
    "true division always gives a float",
    arguments: [
      ("7 / 2", PyValue.float(3.5)),
      ("6 / 3", .float(2.0)),
      ("-7 / 2", .float(-3.5)),
      ("1 / 3", .float(1.0 / 3.0)),
      ("0 / -5", .float(-0.0)),
      ("7.0 / 2", .float(3.5)),
      ("True / 2", .float(0.5)),
    ])
  func trueDivision(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source), expected))
  }

  @Test("int / int is correctly rounded beyond 2**53")
  func largeIntegerDivision() throws {
    #expect(identical(try evaluate("(2**62 + 1) / 3"), .float(1.5372286728091292e+18)))
    #expect(identical(try evaluate("9223372036854775807 / 7"), .float(1.3176245766935393e+18)))
    #expect(
      identical(
        try evaluate("-9223372036854775807 / 9007199254740993"), .float(-1023.9999999999999)))
    #expect(identical(try evaluate("1 / 9223372036854775807"), .float(1.0842021724855044e-19)))
    #expect(identical(try evaluate("9007199254740993 / 1"), .float(9007199254740992.0)))
    #expect(identical(try evaluate("9007199254740995 / 1"), .float(9007199254740996.0)))
    #expect(identical(try evaluate("0 / -9223372036854775807"), .float(-0.0)))
  }

  @Test(
    "floor division floors toward negative infinity",
    arguments: [
      ("7 // 2", PyValue.int(3)),
      ("-7 // 2", .int(-4)),
      ("7 // -2", .int(-4)),
      ("-7 // -2", .int(3)),
      ("-6 // 2", .int(-3)),
      ("7.0 // 2", .float(3.0)),
      ("-7.5 // 2", .float(-4.0)),
      ("7.5 // -2", .float(-4.0)),
      ("-0.5 // 1", .float(-1.0)),
      ("0.0 // -1", .float(-0.0)),
      ("1 // 0.1", .float(9.0)),
      ("True // 2", .int(0)),
    ])
  func floorDivision(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source), expected))
  }

  @Test(
    "modulo takes the sign of the divisor",
    arguments: [
      ("7 % 3", PyValue.int(1)),
      ("-7 % 2", .int(1)),
      ("7 % -2", .int(-1)),
      ("-7 % -2", .int(-1)),
      ("7.5 % 2", .float(1.5)),
      ("7.5 % -2", .float(-0.5)),
      ("-7.5 % 2", .float(0.5)),
      ("-0.0 % 5", .float(0.0)),
      ("6.0 % -3", .float(-0.0)),
      ("1 % 0.1", .float(0.09999999999999995)),
      ("5 % 2.5", .float(0.0)),
    ])
  func modulo(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source), expected))
  }

  @Test("int.min % -1 and // -1")
  func minimumIntegerByMinusOne() throws {
    #expect(try evaluate("x % -1", at: .int(Int.min)) == .int(0))
    #expect(try evaluationError("x // -1", at: .int(Int.min))?.message == "integer too large")
  }

  @Test(
    "power: types, associativity and precedence",
    arguments: [
      ("2 ** 10", PyValue.int(1024)),
      ("2 ** -1", .float(0.5)),
      ("(-2) ** 3", .int(-8)),
      ("(-2) ** -3", .float(-0.125)),
      ("-2 ** 2", .int(-4)),
      ("(-2) ** 2", .int(4)),
      ("2 ** 3 ** 2", .int(512)),
      ("2 ** -1 ** 2", .float(0.5)),
      ("2.0 ** 3", .float(8.0)),
      ("4 ** 0.5", .float(2.0)),
      ("0 ** 0", .int(1)),
      ("0.0 ** 0", .float(1.0)),
      ("(-8.0) ** 3.0", .float(-512.0)),
      ("(-1.0) ** 1e300", .float(1.0)),
      ("0.5 ** math.inf", .float(0.0)),
      ("2 ** -math.inf", .float(0.0)),
      ("(-math.inf) ** 3", .float(-.infinity)),
      ("(-math.inf) ** -3", .float(-0.0)),
      ("(-0.0) ** 3", .float(-0.0)),
      ("1 ** math.nan", .float(1.0)),
      ("(-2) ** 63", .int(Int.min)),
      ("True ** 2", .int(1)),
      ("0.95 ** 10", .float(0.5987369392383787)),
      ("2.0 ** -1074", .float(.leastNonzeroMagnitude)),
      ("2.0 ** -1080", .float(0.0)),
    ])
  func power(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source), expected))
  }

  @Test("power errors")
  func powerErrors() throws {
    #expect(try evaluationError("10 ** 100")?.message == "integer too large")
    #expect(try evaluationError("2 ** 63")?.message == "integer too large")
    #expect(try evaluationError("0 ** -1")?.message == "zero to a negative power")
    #expect(try evaluationError("0.0 ** -0.5")?.message == "zero to a negative power")
    #expect(try evaluationError("(-8) ** (1/3)")?.message.contains("complex") == true)
    #expect(try evaluationError("10.0 ** 400")?.message == "numerical result out of range")
    #expect(try evaluationError("x ** 2", at: .int(Int.max))?.column == 3)
  }

  @Test(
    "int arithmetic overflow is reported, never trapped",
    arguments: [
      "9223372036854775807 + 1",
      "-9223372036854775807 - 2",
      "4294967296 * 4294967296",
      "-x",
      "abs(x)",
      "x * -1",
      "x // -1",
    ])
  func integerOverflow(source: String) throws {
    #expect(try evaluationError(source, at: .int(Int.min))?.message == "integer too large")
  }

  @Test("integer literals beyond 64 bits are rejected")
  func hugeLiteral() {
    #expect(parseError("100000000000000000000")?.message.contains("too large") == true)
  }

  @Test(
    "division and modulo by zero",
    arguments: [
      "1 / 0", "1.0 / 0", "1 / 0.0", "1 // 0", "1.0 // 0.0", "1 % 0", "1.5 % 0", "x / False",
      "0.0 / 0.0",
    ])
  func divisionByZero(source: String) throws {
    let error = try evaluationError(source)
    #expect(error?.message == "division by zero")
    #expect(error?.column != nil)
  }

  @Test("mixed int and float converts the int to the nearest double")
  func mixedArithmetic() throws {
    #expect(identical(try evaluate("9007199254740993 + 0.0"), .float(9007199254740992.0)))
    #expect(identical(try evaluate("1 + 0.5"), .float(1.5)))
    #expect(identical(try evaluate("3 * 0.1"), .float(0.30000000000000004)))
    #expect(identical(try evaluate("True + True"), .int(2)))
    #expect(identical(try evaluate("True * 0.5"), .float(0.5)))
  }

  @Test("unary operators")
  func unary() throws {
    #expect(try evaluate("-x", at: .int(3)) == .int(-3))
    #expect(try evaluate("+True") == .int(1))
    #expect(try evaluate("-True") == .int(-1))
    #expect(identical(try evaluate("-0.0"), .float(-0.0)))
    #expect(try evaluate("--5") == .int(5))
    #expect(try evaluate("- - -5") == .int(-5))
  }

  @Test("float overflow is inf, as in Python")
  func floatOverflow() throws {
    #expect(try evaluate("1e308 * 10") == .float(.infinity))
    #expect(try evaluate("1e400") == .float(.infinity))
  }
}
