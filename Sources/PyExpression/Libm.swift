#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C library's math functions under names no ``Builtin`` case shadows,
/// so results are the very ones CPython gets from the same libm.
enum Libm {
  static func cosine(_ x: Double) -> Double { cos(x) }
  static func sine(_ x: Double) -> Double { sin(x) }
  static func tangent(_ x: Double) -> Double { tan(x) }
  static func hyperbolicTangent(_ x: Double) -> Double { tanh(x) }
  static func squareRoot(_ x: Double) -> Double { sqrt(x) }
  static func exponential(_ x: Double) -> Double { exp(x) }
  static func naturalLogarithm(_ x: Double) -> Double { log(x) }
  static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }
  static func remainder(_ x: Double, _ y: Double) -> Double { fmod(x, y) }
  static func roundedDown(_ x: Double) -> Double { floor(x) }
  static func roundedUp(_ x: Double) -> Double { ceil(x) }
}
