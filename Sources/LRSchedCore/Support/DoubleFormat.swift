/// Text forms of doubles.
public enum DoubleFormat {
  /// The shortest text that reads back as the same double, with Python's `repr` conventions
  /// (`0.1`, `1e-05`, `1e+16`, `100.0`, `inf`, `nan`).
  public static func shortest(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    return x.description
  }

  /// Like `shortest`, but an integral value in a safe range is written without a fraction (`3`).
  public static func compact(_ x: Double) -> String {
    if x.isFinite, x == x.rounded(), abs(x) < 1e15 {
      return String(Int(x))
    }
    return shortest(x)
  }
}
