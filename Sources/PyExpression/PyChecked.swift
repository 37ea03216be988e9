/// Python's float operators and `math` functions that raise where Python raises instead of
/// returning inf or nan, for code that mirrors a library's Python line by line.
///
/// Values are ``PyMath``'s (the C library's, as CPython's). A refusal throws an
/// ``ExpressionError`` without a column whose message is Python's, exception name first
/// (`ZeroDivisionError: float division by zero`).
public enum PyChecked {
  /// `a / b` on floats (or on ints that doubles hold exactly).
  public static func div(_ a: Double, _ b: Double) throws(ExpressionError) -> Double {
    guard let q = PyMath.div(a, b) else { throw ExpressionError("ZeroDivisionError: float division by zero") }
    return q
  }

  /// `x ** y` on floats (``PyMath/floatPower(_:_:)``); a zero base to any negative power is a
  /// `ZeroDivisionError`, a complex result a `TypeError`, overflow an `OverflowError`.
  public static func pow(_ x: Double, _ y: Double) throws(ExpressionError) -> Double {
    if x == 0 && y < 0 { throw ExpressionError("ZeroDivisionError: 0.0 cannot be raised to a negative power") }
    do {
      return try PyMath.floatPower(x, y)
    } catch .complexResult {
      throw ExpressionError("TypeError: \(PyRepr.float(x)) ** \(PyRepr.float(y)) is a complex number, not a real one")
    } catch {
      throw ExpressionError("OverflowError: (34, 'Numerical result out of range')")
    }
  }

  /// `math.sqrt(x)`; `ValueError` below zero.
  public static func sqrt(_ x: Double) throws(ExpressionError) -> Double {
    guard x >= 0 || x.isNaN else { throw ExpressionError("ValueError: math domain error") }
    return PyMath.sqrt(x)
  }

  /// `math.log(x)` (CPython's `m_log`); `ValueError` at or below zero.
  public static func log(_ x: Double) throws(ExpressionError) -> Double {
    guard x > 0 || x.isNaN else { throw ExpressionError("ValueError: math domain error") }
    return PyMath.log(x)
  }

  /// `math.log(x, base)`: `log(x) / log(base)`.
  public static func log(_ x: Double, base: Double) throws(ExpressionError) -> Double {
    try div(try log(x), try log(base))
  }

  /// `math.floor(x)` as Python's `int`; refused for nan, infinities and magnitudes beyond 9.2e18.
  public static func floorToInt(_ x: Double) throws(ExpressionError) -> Int {
    guard !x.isNaN else { throw ExpressionError("ValueError: cannot convert float NaN to integer") }
    guard x.isFinite else { throw ExpressionError("OverflowError: cannot convert float infinity to integer") }
    let f = PyMath.floor(x)
    guard f >= -9.2e18 && f <= 9.2e18 else {
      throw ExpressionError("math.floor(\(PyRepr.float(x))) is too large for lrsched to follow")
    }
    return Int(f)
  }

  /// Python's `max(a, b)`: `a` unless `b` is greater (so `max(0.0, -0.0)` is `0.0` and a nan `b`
  /// loses).
  public static func max(_ a: Double, _ b: Double) -> Double {
    b > a ? b : a
  }

  /// `base ** exponent` on ints (``PyMath/intPower(_:_:)``).
  public static func intPower(_ base: Int, _ exponent: Int) -> Int? {
    PyMath.intPower(base, exponent)
  }
}
