#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The package's only door to the C library: its math functions, `strtod`, `%.*f` formatting
/// and reading a file, under names no Swift or ``Builtin`` name shadows.
///
/// Every function is the C library's own, unchanged, so results are bit for bit the ones CPython
/// (and PyTorch's CPU kernels outside SLEEF) get from the same libm. Accuracy is that libm's:
/// glibc's transcendental functions are within 1 ulp; `sqrt` is correctly rounded and `fmod`,
/// `floor` and `ceil` are exact.
public enum Libm {
  /// `cos(x)`.
  @inlinable
  public static func cosine(_ x: Double) -> Double { cos(x) }
  /// `cosf(x)`.
  @inlinable
  public static func cosine(_ x: Float) -> Float { cosf(x) }
  /// `sin(x)`.
  @inlinable
  public static func sine(_ x: Double) -> Double { sin(x) }
  /// `tan(x)`.
  @inlinable
  public static func tangent(_ x: Double) -> Double { tan(x) }
  /// `tanh(x)`.
  @inlinable
  public static func hyperbolicTangent(_ x: Double) -> Double { tanh(x) }
  /// `sqrt(x)`, correctly rounded; nan below zero.
  @inlinable
  public static func squareRoot(_ x: Double) -> Double { sqrt(x) }
  /// `exp(x)`.
  @inlinable
  public static func exponential(_ x: Double) -> Double { exp(x) }
  /// `log(x)`: nan below zero, -inf at zero.
  @inlinable
  public static func naturalLogarithm(_ x: Double) -> Double { log(x) }
  /// `log1p(x)`, accurate near zero.
  @inlinable
  public static func naturalLogarithmOfOnePlus(_ x: Double) -> Double { log1p(x) }
  /// `pow(x, y)` with C99's special cases.
  @inlinable
  public static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }
  /// `powf(x, y)`.
  @inlinable
  public static func power(_ x: Float, _ y: Float) -> Float { powf(x, y) }
  /// `fmod(x, y)`: exact, with the sign of `x`.
  @inlinable
  public static func remainder(_ x: Double, _ y: Double) -> Double { fmod(x, y) }
  /// `floor(x)`.
  @inlinable
  public static func roundedDown(_ x: Double) -> Double { floor(x) }
  /// `ceil(x)`.
  @inlinable
  public static func roundedUp(_ x: Double) -> Double { ceil(x) }

  /// `strtod(start, &end)`: the correctly rounded value of the longest number at `start` (`nan`
  /// and `inf` included), with `end` set past it (to `start` when there is none).
  public static func readDouble(
    _ start: UnsafePointer<CChar>, end: inout UnsafeMutablePointer<CChar>?
  ) -> Double {
    strtod(start, &end)
  }

  /// `value` printed by `printf("%.*f", fractionDigits, value)`: exactly `fractionDigits`
  /// decimals, correctly rounded from the exact binary value, ties to even.
  public static func fixedPoint(_ value: Double, fractionDigits: Int) -> String {
    var buffer = [CChar](repeating: 0, count: fractionDigits + 330)
    let count = withVaList([Int32(fractionDigits), value]) { arguments in
      vsnprintf(&buffer, buffer.count, "%.*f", arguments)
    }
    let bytes = buffer.prefix(max(0, min(Int(count), buffer.count - 1)))
    return String(decoding: bytes.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Reads the file at `path` whole, handing `body` one chunk of at most 64 KiB at a time.
  ///
  /// - Returns: `nil` on success, else the C library's message for the failure
  ///   (`strerror(errno)`), prefixed with `read error: ` when the file opened but a read failed.
  public static func readFile<Failure: Error>(
    atPath path: String, _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void
  ) throws(Failure) -> String? {
    guard let file = fopen(path, "rb") else { return String(cString: strerror(errno)) }
    defer { fclose(file) }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
      if n > 0 {
        try chunk.withUnsafeBufferPointer { (b) throws(Failure) in
          try body(UnsafeBufferPointer(rebasing: b[0..<n]))
        }
      }
      if n < chunk.count {
        if ferror(file) != 0 { return "read error: " + String(cString: strerror(errno)) }
        return nil
      }
    }
  }

  /// A C stream opened for reading (`fopen(path, "rb")`), or standard input for `nil`; the C
  /// library's message (`strerror(errno)`) when it cannot be opened.
  public static func openForReading(_ path: String?) -> Result<OpaquePointer, LibmError> {
    let file = path.map { fopen($0, "rb") } ?? fdopen(0, "rb")
    guard let file else { return .failure(LibmError(String(cString: strerror(errno)))) }
    return .success(OpaquePointer(file))
  }

  /// `fread` into `buffer`: the bytes read, 0 at the end of the stream.
  public static func read(_ stream: OpaquePointer, into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, LibmError> {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return .success(0) }
    let file = UnsafeMutablePointer<FILE>(stream)
    let n = fread(base, 1, buffer.count, file)
    if n == 0 && ferror(file) != 0 { return .failure(LibmError("read error: " + String(cString: strerror(errno)))) }
    return .success(n)
  }

  /// `fclose`.
  public static func close(_ stream: OpaquePointer) {
    fclose(UnsafeMutablePointer<FILE>(stream))
  }
}
