/// ``PyChecked``'s refusals as spec errors at `path`, with Python's message unchanged.
extension PyChecked {
  /// `a / b`; see ``PyChecked/div(_:_:)``.
  public static func div(_ a: Double, _ b: Double, at path: String) throws(SpecError) -> Double {
    try atPath(path) { () throws(ExpressionError) in try div(a, b) }
  }

  /// `x ** y`; see ``PyChecked/pow(_:_:)``.
  public static func pow(_ x: Double, _ y: Double, at path: String) throws(SpecError) -> Double {
    try atPath(path) { () throws(ExpressionError) in try pow(x, y) }
  }

  /// `math.sqrt(x)`; see ``PyChecked/sqrt(_:)``.
  public static func sqrt(_ x: Double, at path: String) throws(SpecError) -> Double {
    try atPath(path) { () throws(ExpressionError) in try sqrt(x) }
  }

  /// `math.log(x)`; see ``PyChecked/log(_:)``.
  public static func log(_ x: Double, at path: String) throws(SpecError) -> Double {
    try atPath(path) { () throws(ExpressionError) in try log(x) }
  }

  /// `math.log(x, base)`; see ``PyChecked/log(_:base:)``.
  public static func log(_ x: Double, base: Double, at path: String) throws(SpecError) -> Double {
    try atPath(path) { () throws(ExpressionError) in try log(x, base: base) }
  }

  /// `math.floor(x)` as an `Int`; see ``PyChecked/floorToInt(_:)``.
  public static func floorToInt(_ x: Double, at path: String) throws(SpecError) -> Int {
    try atPath(path) { () throws(ExpressionError) in try floorToInt(x) }
  }

  private static func atPath<T>(_ path: String, _ body: () throws(ExpressionError) -> T) throws(SpecError) -> T {
    do {
      return try body()
    } catch {
      throw SpecError(path, error.message)
    }
  }
}
