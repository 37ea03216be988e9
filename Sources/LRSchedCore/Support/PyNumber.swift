/// A number as Python holds it: an exact `int` or a `float`, for the few operations whose result
/// depends on which (`int ** int` is exact, `//` on ints is integer division).
///
/// Spec values keep the type their JSON literal has (`3` is an int, `3.0` a float), as Python's
/// `json` gives them to the library.
public struct PyNumber: Sendable, Equatable {
  /// The value as a float (exact for an int within 2**53).
  public let double: Double
  /// The exact value when the number is an `int` that fits in `Int`.
  public let int: Int?

  public init(int: Int) {
    self.double = Double(int)
    self.int = int
  }

  public init(float: Double) {
    self.double = float
    self.int = nil
  }

  public var isInt: Bool { int != nil }

  /// A JSON number (or boolean, which Python treats as an int), or an error at `path`.
  public static func read(_ v: JSONValue, at path: String) throws(SpecError) -> PyNumber {
    switch v {
    case .number(let n):
      if n.isInteger {
        guard let i = n.int else { throw SpecError(path, "integer \(n.literal) is too large") }
        return PyNumber(int: i)
      }
      guard n.double.isFinite else { throw SpecError(path, "number \(n.literal) is out of range") }
      return PyNumber(float: n.double)
    case .bool(let b): return PyNumber(int: b ? 1 : 0)
    default: throw SpecError(path, "must be a number, got \(v.typeName)")
    }
  }

  /// The argument `key`, or `fallback` when it is absent.
  public static func read(_ args: SchedulerArguments, _ key: String, default fallback: PyNumber) throws(SpecError) -> PyNumber {
    guard let v = args.value(key) else { return fallback }
    return try read(v, at: args.path(key))
  }

  /// Python's `x ** y`: exact for ints with a non-negative int exponent (converted to float as
  /// the next float operation would), else the float power, raising where Python raises.
  public static func pow(_ x: PyNumber, _ y: PyNumber, at path: String) throws(SpecError) -> PyNumber {
    if let a = x.int, let b = y.int, b >= 0 {
      if let r = PyChecked.intPower(a, b) { return PyNumber(int: r) }
    }
    return PyNumber(float: try PyChecked.pow(x.double, y.double, at: path))
  }

  /// Python's `x * y`.
  public static func multiply(_ x: PyNumber, _ y: PyNumber) -> PyNumber {
    if let a = x.int, let b = y.int {
      let (r, o) = a.multipliedReportingOverflow(by: b)
      if !o { return PyNumber(int: r) }
    }
    return PyNumber(float: x.double * y.double)
  }

  /// Python's `x // y`.
  public static func floorDiv(_ x: PyNumber, _ y: PyNumber, at path: String) throws(SpecError) -> PyNumber {
    if let a = x.int, let b = y.int {
      guard let q = PyMath.floorDiv(a, b) else {
        throw SpecError(path, b == 0 ? "ZeroDivisionError: integer division or modulo by zero" : "integer division overflows")
      }
      return PyNumber(int: q)
    }
    guard y.double != 0 else { throw SpecError(path, "ZeroDivisionError: float floor division by zero") }
    return PyNumber(float: PyMath.floorDiv(x.double, y.double))
  }

  /// The text Python's `repr` gives it.
  public var description: String { int.map(String.init) ?? DoubleFormat.shortest(double) }
}
