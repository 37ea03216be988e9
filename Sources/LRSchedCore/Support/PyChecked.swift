/// Python's float operators and `math` functions for code that mirrors a library line by line,
/// raising (as a `SpecError` at `path`) where Python raises instead of returning inf or nan.
///
/// Values are the C library's, as CPython's; messages are Python's own.
public enum PyChecked {
  /// `a / b` on floats (or on ints that doubles hold exactly).
  public static func div(_ a: Double, _ b: Double, at path: String) throws(SpecError) -> Double {
    guard let q = PyMath.div(a, b) else { throw SpecError(path, "ZeroDivisionError: float division by zero") }
    return q
  }

  /// `x ** y` on floats; Python's complex results (a negative base to a fractional power) are
  /// refused, as the code that used them would fail.
  public static func pow(_ x: Double, _ y: Double, at path: String) throws(SpecError) -> Double {
    if x == 0 && y < 0 { throw SpecError(path, "ZeroDivisionError: 0.0 cannot be raised to a negative power") }
    guard let r = PyMath.power(x, y) else {
      if x < 0 {
        throw SpecError(path, "TypeError: \(DoubleFormat.shortest(x)) ** \(DoubleFormat.shortest(y)) is a complex number, not a real one")
      }
      throw SpecError(path, "OverflowError: (34, 'Numerical result out of range')")
    }
    return r
  }

  /// `math.sqrt(x)`.
  public static func sqrt(_ x: Double, at path: String) throws(SpecError) -> Double {
    guard x >= 0 || x.isNaN else { throw SpecError(path, "ValueError: math domain error") }
    return PyMath.sqrt(x)
  }

  /// `math.log(x)` (CPython's `m_log`).
  public static func log(_ x: Double, at path: String) throws(SpecError) -> Double {
    guard x > 0 || x.isNaN else { throw SpecError(path, "ValueError: math domain error") }
    return PyMath.log(x)
  }

  /// `math.log(x, base)`: `log(x) / log(base)`.
  public static func log(_ x: Double, base: Double, at path: String) throws(SpecError) -> Double {
    let num = try log(x, at: path)
    let den = try log(base, at: path)
    return try div(num, den, at: path)
  }

  /// `math.floor(x)` as Python's `int`, refused where it would not fit in an `Int`.
  public static func floorToInt(_ x: Double, at path: String) throws(SpecError) -> Int {
    guard !x.isNaN else { throw SpecError(path, "ValueError: cannot convert float NaN to integer") }
    guard x.isFinite else { throw SpecError(path, "OverflowError: cannot convert float infinity to integer") }
    let f = PyMath.floor(x)
    guard f >= -9.2e18 && f <= 9.2e18 else { throw SpecError(path, "math.floor(\(DoubleFormat.shortest(x))) is too large for lrsched to follow") }
    return Int(f)
  }

  /// Python's `max(a, b)`: `a` unless `b` is greater (so `max(0.0, -0.0)` is `0.0` and a nan `b`
  /// loses).
  public static func max(_ a: Double, _ b: Double) -> Double {
    b > a ? b : a
  }

  /// An integer power `base ** exponent` (`exponent >= 0`) as Python's exact `int`, converted to
  /// float as Python's `int * float` would; `nil` when it does not fit in an `Int`.
  public static func intPower(_ base: Int, _ exponent: Int) -> Int? {
    guard exponent >= 0 else { return nil }
    var result = 1
    var b = base
    var e = exponent
    while e > 0 {
      if e & 1 == 1 {
        let (r, o) = result.multipliedReportingOverflow(by: b)
        if o { return nil }
        result = r
      }
      e >>= 1
      if e > 0 {
        let (sq, o) = b.multipliedReportingOverflow(by: b)
        if o { return nil }
        b = sq
      }
    }
    return result
  }
}
