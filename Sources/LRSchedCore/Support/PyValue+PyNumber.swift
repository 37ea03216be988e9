/// ``PyValue`` as the engine reads and combines spec numbers: the few operations whose result
/// depends on whether a number is an `int` (`int ** int` is exact, `//` on ints is integer
/// division), raising as Python raises, as a ``SpecError`` at `path`.
extension PyValue {
  /// The `int` `int`.
  public init(int: Int) { self = .int(int) }

  /// The `float` `float`.
  public init(float: Double) { self = .float(float) }

  /// The value as a float (exact for an int within 2**53).
  public var double: Double { doubleValue }

  /// The exact value of an `int` (or `bool`) that fits in an `Int`; `nil` for a `float` or a wider
  /// `int`.
  public var int: Int? { integerValue }

  /// Whether the value is an `int` of any size (or a `bool`).
  public var isInt: Bool { isInteger }

  /// A JSON number (or boolean, which Python treats as the int 0 or 1), or an error at `path`
  /// for another value, an integer beyond 64 bits or a float literal beyond the double range.
  public static func read(_ v: JSONValue, at path: String) throws(SpecError) -> PyValue {
    switch v {
    case .number(let n):
      if n.isInteger {
        guard let i = n.int else { throw SpecError(path, "integer \(n.literal) is too large") }
        return .int(i)
      }
      guard n.double.isFinite else { throw SpecError(path, "number \(n.literal) is out of range") }
      return .float(n.double)
    case .bool(let b): return .int(b ? 1 : 0)
    default: throw SpecError(path, "must be a number, got \(v.typeName)")
    }
  }

  /// The argument `key`, or `fallback` when it is absent.
  public static func read(_ args: SchedulerArguments, _ key: String, default fallback: PyValue) throws(SpecError) -> PyValue {
    guard let v = args.value(key) else { return fallback }
    return try read(v, at: args.path(key))
  }

  /// Python's `x ** y`: exact for ints with a non-negative int exponent that fits, else the
  /// float power (``PyChecked/pow(_:_:)``), raising where Python raises.
  public static func pow(_ x: PyValue, _ y: PyValue, at path: String) throws(SpecError) -> PyValue {
    if let a = x.int, let b = y.int, b >= 0, let r = PyMath.intPower(a, b) {
      return .int(r)
    }
    return .float(try PyChecked.pow(x.double, y.double, at: path))
  }

  /// Python's `x * y`; an int product beyond 64 bits becomes the float product.
  public static func multiply(_ x: PyValue, _ y: PyValue) -> PyValue {
    if let a = x.int, let b = y.int {
      let (r, o) = a.multipliedReportingOverflow(by: b)
      if !o { return .int(r) }
    }
    return .float(x.double * y.double)
  }

  /// Python's `x // y` (``PyMath/floorDiv(_:_:)-(Int,Int)``, or the float one).
  public static func floorDiv(_ x: PyValue, _ y: PyValue, at path: String) throws(SpecError) -> PyValue {
    if let a = x.int, let b = y.int {
      guard let q = PyMath.floorDiv(a, b) else {
        throw SpecError(path, b == 0 ? "ZeroDivisionError: integer division or modulo by zero" : "integer division overflows")
      }
      return .int(q)
    }
    guard y.double != 0 else { throw SpecError(path, "ZeroDivisionError: float floor division by zero") }
    return .float(PyMath.floorDiv(x.double, y.double))
  }
}
