/// Text forms of doubles.
public enum DoubleFormat {
  /// The shortest text that reads back as the same double, with Python's `repr` conventions
  /// (`0.1`, `1e-05`, `1e+16`, `100.0`, `inf`, `nan`): Swift's `description`, with every NaN
  /// written `nan`. `DecimalWriter.shortest` writes the same bytes without a `String`.
  public static func shortest(_ x: Double) -> String {
    text { DecimalWriter.shortest(x, into: $0) }
  }

  /// Like `shortest`, but an integral value in a safe range is written without a fraction (`3`).
  public static func compact(_ x: Double) -> String {
    text { DecimalWriter.compact(x, into: $0) }
  }

  private static func text(_ write: (UnsafeMutablePointer<UInt8>) -> Int) -> String {
    String(unsafeUninitializedCapacity: DecimalWriter.bytesNeeded) { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      return write(base)
    }
  }
}
