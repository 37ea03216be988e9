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
  /// `acos(x)`.
  @inlinable
  public static func arcCosine(_ x: Double) -> Double { acos(x) }
  /// `acosh(x)`.
  @inlinable
  public static func inverseHyperbolicCosine(_ x: Double) -> Double { acosh(x) }
  /// `asin(x)`.
  @inlinable
  public static func arcSine(_ x: Double) -> Double { asin(x) }
  /// `asinh(x)`.
  @inlinable
  public static func inverseHyperbolicSine(_ x: Double) -> Double { asinh(x) }
  /// `atan(x)`.
  @inlinable
  public static func arcTangent(_ x: Double) -> Double { atan(x) }
  /// `atan2(y, x)`.
  @inlinable
  public static func arcTangent(_ y: Double, _ x: Double) -> Double { atan2(y, x) }
  /// `atanh(x)`.
  @inlinable
  public static func inverseHyperbolicTangent(_ x: Double) -> Double { atanh(x) }
  /// `cbrt(x)`.
  @inlinable
  public static func cubeRoot(_ x: Double) -> Double { cbrt(x) }
  /// `cosh(x)`.
  @inlinable
  public static func hyperbolicCosine(_ x: Double) -> Double { cosh(x) }
  /// `sinh(x)`.
  @inlinable
  public static func hyperbolicSine(_ x: Double) -> Double { sinh(x) }
  /// `erf(x)`.
  @inlinable
  public static func errorFunction(_ x: Double) -> Double { erf(x) }
  /// `erfc(x)`.
  @inlinable
  public static func complementaryErrorFunction(_ x: Double) -> Double { erfc(x) }
  /// `exp2(x)`.
  @inlinable
  public static func binaryExponential(_ x: Double) -> Double { exp2(x) }
  /// `expm1(x)`, accurate near zero.
  @inlinable
  public static func exponentialMinusOne(_ x: Double) -> Double { expm1(x) }
  /// `fabs(x)`.
  @inlinable
  public static func absoluteValue(_ x: Double) -> Double { fabs(x) }
  /// `log10(x)`.
  @inlinable
  public static func commonLogarithm(_ x: Double) -> Double { log10(x) }
  /// `log2(x)`.
  @inlinable
  public static func binaryLogarithm(_ x: Double) -> Double { log2(x) }
  /// `copysign(x, y)`.
  @inlinable
  public static func copySign(_ x: Double, _ y: Double) -> Double { copysign(x, y) }
  /// `remainder(x, y)`: IEEE 754's remainder, exact, the quotient rounded to even.
  public static func ieeeRemainder(_ x: Double, _ y: Double) -> Double { cRemainder(x, y) }
  /// `nextafter(x, y)`.
  @inlinable
  public static func nextAfter(_ x: Double, _ y: Double) -> Double { nextafter(x, y) }
  /// `tgamma(x)`, the C library's gamma function (not CPython's own Lanczos approximation,
  /// which `math.gamma` uses: the two differ in the last bits for most arguments).
  @inlinable
  public static func gammaFunction(_ x: Double) -> Double { tgamma(x) }
  /// `lgamma_r(x, &sign)`, the logarithm of the gamma function's magnitude (the reentrant form;
  /// CPython's `math.lgamma` is its own approximation and differs in the last bits).
  public static func logGammaFunction(_ x: Double) -> Double {
    var sign: Int32 = 0
    return lgamma_r(x, &sign)
  }
  /// `ldexp(x, e)`: `x * 2**e`, correctly rounded (exact unless the result is subnormal or
  /// overflows).
  @inlinable
  public static func scaled(_ x: Double, byPowerOfTwo e: Int32) -> Double { ldexp(x, e) }
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

/// The C library's `remainder`, which ``Libm/remainder(_:_:)`` (`fmod`) shadows inside ``Libm``.
private func cRemainder(_ x: Double, _ y: Double) -> Double { remainder(x, y) }
