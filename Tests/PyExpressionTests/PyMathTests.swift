import Testing

import PyExpression

@Suite("PyMath and PyChecked")
struct PyMathTests {
  @Test("integer // and % floor, and refuse what Python cannot give in 64 bits")
  func integerFloor() {
    #expect(PyMath.floorDiv(-7, 2) == -4)
    #expect(PyMath.mod(-7, 2) == 1)
    #expect(PyMath.mod(7, -2) == -1)
    #expect(PyMath.floorDiv(1, 0) == nil)
    #expect(PyMath.floorDiv(Int.min, -1) == nil)
  }

  @Test("float // and % follow CPython's float_rem and _float_div_mod")
  func floatFloor() {
    #expect(PyMath.floorDiv(-7.0, 2.0) == -4.0)
    #expect(PyMath.mod(-7.0, 2.0) == 1.0)
    #expect(PyMath.mod(6.0, -3.0).sign == .minus)
    #expect(PyMath.floorDiv(0.0, -1.0).sign == .minus)
  }

  @Test("float power raises where Python raises")
  func power() {
    #expect(throws: PyMathError.complexResult) { try PyMath.floatPower(-8.0, 1.0 / 3.0) }
    #expect(throws: PyMathError.outOfRange) { try PyMath.floatPower(10.0, 400.0) }
    #expect(throws: PyMathError.zeroToNegativePower) { try PyMath.floatPower(0.0, -1.0) }
    #expect(PyMath.power(0.0, -Double.infinity) == nil)
    #expect(PyMath.power(-2.0, 3.0) == -8.0)
    #expect(PyMath.intPower(3, 4) == 81)
    #expect(PyMath.intPower(2, 64) == nil)
    #expect(PyMath.trueDiv(1, 0) == nil)
  }

  @Test("PyChecked's refusals carry Python's messages")
  func checkedMessages() {
    #expect(throws: ExpressionError("ZeroDivisionError: float division by zero")) { try PyChecked.div(1, 0) }
    #expect(throws: ExpressionError("ValueError: math domain error")) { try PyChecked.log(0) }
    #expect(throws: ExpressionError("TypeError: -8.0 ** 0.5 is a complex number, not a real one")) {
      try PyChecked.pow(-8, 0.5)
    }
  }

  @Test("names are found with the expression lexer")
  func names() {
    let found = LambdaExpression.names(in: "lambda step: cos(pi * step) + math.exp(x.tan)", module: "math")
    #expect(found.bare == ["cos", "pi", "x"])
    #expect(found.usesModule)
  }
}
