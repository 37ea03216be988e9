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
    #expect(try evaluate("x // -1", at: .int(Int.min)).description == "9223372036854775808")
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
    #expect(
      try evaluationError("9 ** 9 ** 9")?.message
        == "integer result too large (more than 100000 bits)")
    #expect(try evaluationError("2 ** 100000")?.column == 3)
    #expect(try evaluationError("0 ** -1")?.message == "zero to a negative power")
    #expect(try evaluationError("0.0 ** -0.5")?.message == "zero to a negative power")
    #expect(try evaluationError("(-8) ** (1/3)")?.message.contains("complex") == true)
    #expect(try evaluationError("10.0 ** 400")?.message == "numerical result out of range")
    #expect(try evaluationError("x ** 2", at: .int(Int.max)) == nil)
  }

  @Test(
    "int arithmetic beyond 64 bits grows a bigint (values from python3)",
    arguments: [
      ("9223372036854775807 + 1", "9223372036854775808"),
      ("-9223372036854775807 - 2", "-9223372036854775809"),
      ("4294967296 * 4294967296", "18446744073709551616"),
      ("-x", "9223372036854775808"),
      ("abs(x)", "9223372036854775808"),
      ("x * -1", "9223372036854775808"),
      ("x // -1", "9223372036854775808"),
    ])
  func integerOverflow(source: String, expected: String) throws {
    let result = try evaluate(source, at: .int(Int.min))
    #expect(result.description == expected)
    #expect(result.integerValue == nil && result.typeName == "int")
  }

  @Test("a bigint result that fits in 64 bits again is an Int")
  func normalization() throws {
    #expect(try evaluate("(x + 1) - 1", at: .int(Int.max)) == .int(Int.max))
    #expect(try evaluate("-(-x)", at: .int(Int.min)) == .int(Int.min))
    #expect(try evaluate("2 ** 64 // 2 ** 10") == .int(1 << 54))
  }

  @Test("integer literals beyond 64 bits are exact (values from python3)")
  func hugeLiteral() throws {
    #expect(try evaluate("100000000000000000000").description == "100000000000000000000")
    #expect(try evaluate("0xffffffffffffffffff").description == "4722366482869645213695")
  }

  @Test("a huge power is refused before it is computed")
  func hugePowerIsQuick() throws {
    let sources = ["9 ** 9 ** 9", "x ** x", "(10 ** 1000) ** (10 ** 1000)", "pow(3, 10 ** 30)"]
    let expressions = try sources.map { try LambdaExpression($0, defaultVariable: "x") }
    var failures = 0
    let elapsed = ContinuousClock().measure {
      for expression in expressions where (try? expression.evaluate(Int.max)) == nil {
        failures += 1
      }
    }
    #expect(failures == sources.count)
    #expect(elapsed < .seconds(1))
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
