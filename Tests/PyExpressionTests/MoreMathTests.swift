import Testing

@testable import PyExpression

@Suite("math's functions of iterables, integers and special values")
struct MoreMathTests {
  @Test("fsum and prod take exactly one tuple or list")
  func iterablesOnly() throws {
    #expect(parseError("math.fsum(x)")?.message == "fsum() needs a tuple or list, e.g. fsum((a, b))")
    #expect(parseError("math.prod(2, 3)") != nil)
    #expect(parseError("math.gcd((4, 6))") != nil)
    #expect(identical(try evaluate("math.fsum([0.1, 0.2, 0.3])"), .float(0.6)))
    #expect(identical(try evaluate("math.prod([])"), .int(1)))
  }

  @Test("the integer functions raise CPython's errors")
  func integerErrors() throws {
    #expect(
      try evaluationError("math.gcd(x, 1.5)", at: .int(4))?.message
        == "TypeError: 'float' object cannot be interpreted as an integer")
    #expect(try evaluationError("math.isqrt(-1)")?.message == "ValueError: isqrt() argument must be nonnegative")
    #expect(
      try evaluationError("math.factorial(-1)")?.message == "ValueError: factorial() not defined for negative values")
    #expect(try evaluationError("math.comb(-1, 2)")?.message == "ValueError: n must be a non-negative integer")
    #expect(try evaluationError("math.perm(3, -2)")?.message == "ValueError: k must be a non-negative integer")
    #expect(try evaluationError("math.factorial(10 ** 18)")?.message == Arithmetic.integerTooLarge.message)
    #expect(try evaluationError("math.comb(10 ** 30, 10 ** 20)")?.message == Arithmetic.integerTooLarge.message)
  }

  @Test("the float functions raise CPython's errors")
  func floatErrors() throws {
    #expect(try evaluationError("math.fsum((1e308, 1e308))")?.message == "OverflowError: intermediate overflow in fsum")
    #expect(try evaluationError("math.fsum((math.inf, -math.inf))")?.message == "ValueError: -inf + inf in fsum")
    #expect(
      try evaluationError("math.ldexp(1.0, 2.0)")?.message
        == "TypeError: Expected an int as second argument to ldexp.")
    #expect(try evaluationError("math.ldexp(1.0, 1024)")?.message == "math range error")
    #expect(try evaluationError("math.gamma(-2)")?.message == "math domain error")
    #expect(try evaluationError("math.gamma(200.0)")?.message == "math range error")
    #expect(try evaluationError("math.lgamma(0)")?.message == "math domain error")
  }

  /// CPython computes `gamma` and `lgamma` with its own Lanczos approximation; the evaluator
  /// uses libm's, so only the values both define exactly are CPython's bit for bit.
  @Test("gamma of a small integer is the exact factorial")
  func gammaIntegers() throws {
    var factorial = 1.0
    for n in 1...23 {
      #expect(identical(try evaluate("math.gamma(x)", at: .int(n)), .float(factorial)))
      factorial *= Double(n)
    }
    #expect(identical(try evaluate("math.lgamma(2)"), .float(0)))
  }
}
