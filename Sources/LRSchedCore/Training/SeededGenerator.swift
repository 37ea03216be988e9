/// The toy problem's random numbers: SplitMix64, so a run is the same on every machine and a
/// Python script can reproduce it (`scripts/fixtures/gen_train.py` does).
///
/// The state starts at `seed ^ (stream × 0x9E3779B97F4A7C15)` (the seed's two's-complement
/// bits); `uniform()` is `(next() >> 11) × 2⁻⁵³`, in [0, 1); `normal()` is Box–Muller's cosine
/// branch, `sqrt(-2 log(1 - u1)) × cos(2π u2)`, with libm's `log`, `sqrt` and `cos`.
public struct SeededGenerator: Sendable {
  /// Independent streams drawn from one seed.
  public enum Stream: UInt64, Sendable {
    case data = 1
    case initialization = 2
    case shuffle = 3
  }

  private var state: UInt64

  public init(seed: Int, stream: Stream) {
    state = UInt64(bitPattern: Int64(seed)) ^ (stream.rawValue &* 0x9E37_79B9_7F4A_7C15)
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A double uniformly distributed in [0, 1).
  public mutating func uniform() -> Double {
    Double(next() >> 11) * 0x1p-53
  }

  /// A standard normal deviate.
  public mutating func normal() -> Double {
    let u1 = uniform()
    let u2 = uniform()
    return Libm.squareRoot(-2.0 * Libm.naturalLogarithm(1.0 - u1)) * Libm.cosine(2.0 * PyMath.pi * u2)
  }

  /// An integer uniformly distributed in `0..<bound` (`next() % bound`); `bound` must be positive.
  public mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(max(bound, 1)))
  }
}
