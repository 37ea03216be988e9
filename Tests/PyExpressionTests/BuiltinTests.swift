import Testing

@testable import PyExpression

@Suite("Builtins and math functions")
struct BuiltinTests {
  @Test(
    "min and max keep the first extreme argument",
    arguments: [
      ("min(1.0, x / 10)", PyValue.float(0.3)),
      ("max(1, 2, 3)", .int(3)),
      ("min(2, 2.0)", .int(2)),
      ("min(2.0, 2)", .float(2.0)),
      ("max(1, True)", .int(1)),
      ("max(True, 1)", .bool(true)),
      ("min(math.nan, 1)", .float(.nan)),
      ("min(1, math.nan)", .int(1)),
      ("min((4, x, 5))", .int(3)),
      ("max([0.5, 0.25])", .float(0.5)),
      ("max(0, 1 - x / 10)", .float(0.7)),
      ("min(1, 2,)", .int(1)),
    ])
  func minMax(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source, at: .int(3)), expected))
  }

  @Test(
    "abs, float, int",
    arguments: [
      ("abs(-3)", PyValue.int(3)),
      ("abs(-2.5)", .float(2.5)),
      ("abs(-0.0)", .float(0.0)),
      ("abs(True)", .int(1)),
      ("float(3)", .float(3.0)),
      ("float(True)", .float(1.0)),
      ("float()", .float(0.0)),
      ("int(2.9)", .int(2)),
      ("int(-2.9)", .int(-2)),
      ("int(True)", .int(1)),
      ("int(7)", .int(7)),
      ("int()", .int(0)),
      ("int(1e18)", .int(1_000_000_000_000_000_000)),
    ])
  func conversions(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source), expected))
  }

  @Test("int() and math.floor reject NaN and infinities")
  func conversionErrors() throws {
    #expect(
      try evaluationError("int(math.inf)")?.message == "cannot convert float infinity to integer")
    #expect(try evaluationError("int(math.nan)")?.message == "cannot convert float NaN to integer")
    #expect(try evaluate("int(1e19)").description == "10000000000000000000")
    #expect(
      try evaluationError("math.floor(-math.inf)")?.message
        == "cannot convert float infinity to integer")
    #expect(
      try evaluationError("math.ceil(math.nan)")?.message == "cannot convert float NaN to integer")
    #expect(
      try evaluationError("round(math.inf)")?.message == "cannot convert float infinity to integer")
  }

  @Test(
    "round() rounds half to even and returns an int",
    arguments: [
      ("round(2.5)", PyValue.int(2)),
      ("round(3.5)", .int(4)),
      ("round(-2.5)", .int(-2)),
      ("round(0.5)", .int(0)),
      ("round(1.5)", .int(2)),
      ("round(2.675)", .int(3)),
      ("round(7)", .int(7)),
      ("round(True)", .int(1)),
      ("round(-0.4)", .int(0)),
    ])
  func roundToInteger(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source), expected))
  }

  @Test(
    "round(x, n) is correctly rounded, like CPython",
    arguments: [
      ("round(0.125, 2)", PyValue.float(0.12)),
      ("round(0.375, 2)", .float(0.38)),
      ("round(2.675, 2)", .float(2.67)),
      ("round(1.005, 2)", .float(1.0)),
      ("round(2.5, 0)", .float(2.0)),
      ("round(3.5, 0)", .float(4.0)),
      ("round(-0.001, 2)", .float(-0.0)),
      ("round(0.1 + 0.2, 15)", .float(0.3)),
      ("round(1234.5678, -2)", .float(1200.0)),
      ("round(1250.0, -2)", .float(1200.0)),
      ("round(1350.0, -2)", .float(1400.0)),
      ("round(1250.0001, -2)", .float(1300.0)),
      ("round(-1250.0, -2)", .float(-1200.0)),
      ("round(-1.0, -2)", .float(-0.0)),
      ("round(960.0, -3)", .float(1000.0)),
      ("round(5e-324, 400)", .float(.leastNonzeroMagnitude)),
      ("round(1e300, -400)", .float(0.0)),
      ("round(math.inf, 2)", .float(.infinity)),
      ("round(1.5, True)", .float(1.5)),
      ("round(1234, -2)", .int(1200)),
      ("round(1250, -2)", .int(1200)),
      ("round(1350, -2)", .int(1400)),
      ("round(-1350, -2)", .int(-1400)),
      ("round(17, 3)", .int(17)),
      ("round(5, -1)", .int(0)),
      ("round(15, -1)", .int(20)),
      ("round(9223372036854775807, -25)", .int(0)),
      ("round(7, -9223372036854775807 - 1)", .int(0)),
      ("round(7.5, -9223372036854775807 - 1)", .float(0.0)),
      ("round(-7.5, -9223372036854775807 - 1)", .float(-0.0)),
      ("round(7.25, 9223372036854775807)", .float(7.25)),
    ])
  func roundToDigits(source: String, expected: PyValue) throws {
    #expect(identical(try evaluate(source), expected))
  }

  @Test("round() errors")
  func roundErrors() throws {
    #expect(
      try evaluationError("round(1.5, 1.0)")?.message
        == "'float' object cannot be interpreted as an integer")
    #expect(
      try evaluationError("round(1.7976931348623157e308, -308)")?.message
        == "rounded value too large to represent")
    #expect(try evaluate("round(9223372036854775807, -19)").description == "10000000000000000000")
  }

  @Test("pow() is the ** operator")
  func builtinPow() throws {
    #expect(try evaluate("pow(2, 10)") == .int(1024))
    #expect(try evaluate("pow(2, -2)") == .float(0.25))
    #expect(try evaluate("pow(0.5, x)", at: .int(3)) == .float(0.125))
    #expect(try evaluationError("pow(0, -1)")?.message == "zero to a negative power")
  }

  @Test(
    "math functions call libm",
    arguments: [
      ("math.cos(math.pi)", -1.0),
      ("cos(0)", 1.0),
      ("math.sin(0.5)", 0.479425538604203),
      ("math.tan(1)", 1.5574077246549023),
      ("math.exp(1)", 2.718281828459045),
      ("math.log(math.e)", 1.0),
      ("math.log(100, 10)", 2.0),
      ("math.log(8, 2)", 3.0),
      ("log(0.5)", -0.6931471805599453),
      ("math.log(math.inf)", .infinity),
      ("math.sqrt(2)", 1.4142135623730951),
      ("math.tanh(0.5)", 0.46211715726000974),
      ("math.pow(2, 3)", 8.0),
      ("math.pow(0.0, -math.inf)", .infinity),
      ("0.5 * (1 + math.cos(math.pi * x / 10))", 0.7938926261462366),
      ("math.e", 2.718281828459045),
      ("pi", 3.141592653589793),
      ("math.tau", 6.283185307179586),
      ("-inf", -.infinity),
    ])
  func mathFunctions(source: String, expected: Double) throws {
    #expect(identical(try evaluate(source, at: .int(3)), .float(expected)))
  }

  @Test("math.floor and math.ceil return ints")
  func floorCeil() throws {
    #expect(try evaluate("math.floor(2.7)") == .int(2))
    #expect(try evaluate("math.floor(-2.5)") == .int(-3))
    #expect(try evaluate("math.ceil(2.1)") == .int(3))
    #expect(try evaluate("ceil(-0.5)") == .int(0))
    #expect(try evaluate("math.floor(7)") == .int(7))
    #expect(try evaluate("math.floor(True)") == .int(1))
    #expect(try evaluate("math.floor(x / 2)", at: .int(7)) == .int(3))
  }

  @Test(
    "math errors",
    arguments: [
      ("math.log(0)", "math domain error"),
      ("math.log(-1)", "math domain error"),
      ("math.log(0.0)", "math domain error"),
      ("math.log(-math.inf)", "math domain error"),
      ("math.log(2, 1)", "division by zero"),
      ("math.log(2, 0)", "math domain error"),
      ("math.sqrt(-1)", "math domain error"),
      ("math.cos(math.inf)", "math domain error"),
      ("math.exp(1000)", "math range error"),
      ("math.pow(0.0, -1)", "math domain error"),
      ("math.pow(-8, 1 / 3)", "math domain error"),
      ("math.pow(10, 400)", "math range error"),
    ])
  func mathErrors(source: String, message: String) throws {
    let error = try evaluationError(source)
    #expect(error?.message == message)
    #expect(error?.column == 1)
  }

  @Test("math functions of NaN and infinities follow CPython")
  func mathSpecialValues() throws {
    #expect(try evaluate("math.exp(-math.inf)") == .float(0.0))
    #expect(try evaluate("math.sqrt(math.inf)") == .float(.infinity))
    #expect(try evaluate("math.tanh(math.inf)") == .float(1.0))
    #expect(try evaluate("math.log(math.nan)").doubleValue.isNaN)
  }
}
