/// PyTorch's CPU `torch.Generator`: the MT19937 engine `manual_seed` starts, and the draws
/// `torch.randn(1, generator=g)` and `torch.rand(1, generator=g)` make from it, bit for bit.
///
/// A float64 uniform takes 53 bits of a 64-bit draw (two 32-bit outputs, high first); a normal
/// is Box–Muller on two uniforms (`r = sqrt(-2 log1p(-u2))`, `theta = 2 pi u1`), returning
/// `r cos(theta)` and keeping `r sin(theta)` for the next call, as ATen's `normal_distribution`
/// does. One-element float32 tensors round the result to float32.
struct TorchCPUGenerator {
  private static let n = 624
  private static let m = 397
  private var state: [UInt32]
  private var left = 1
  private var next = 0
  private var cachedNormal: Double?

  /// `torch.Generator().manual_seed(seed)`: MT19937 seeded with the low 32 bits.
  init(seed: Int) {
    state = [UInt32](repeating: 0, count: Self.n)
    manualSeed(seed)
  }

  /// `manual_seed(seed)`: the generator starts again as a new one seeded with `seed` (no cached
  /// normal), in the storage it already has.
  mutating func manualSeed(_ seed: Int) {
    state[0] = UInt32(truncatingIfNeeded: seed)
    for j in 1..<Self.n {
      state[j] = 1_812_433_253 &* (state[j - 1] ^ (state[j - 1] >> 30)) &+ UInt32(j)
    }
    left = 1
    next = 0
    cachedNormal = nil
  }

  private static func twist(_ u: UInt32, _ v: UInt32) -> UInt32 {
    let mixed = (u & 0x8000_0000) | (v & 0x7fff_ffff)
    return (mixed >> 1) ^ ((v & 1) != 0 ? 0x9908_b0df : 0)
  }

  private mutating func nextState() {
    for i in 0..<Self.n {
      state[i] = state[(i + Self.m) % Self.n] ^ Self.twist(state[i], state[(i + 1) % Self.n])
    }
    left = Self.n
    next = 0
  }

  /// One 32-bit output of the engine.
  mutating func random() -> UInt32 {
    left -= 1
    if left == 0 { nextState() }
    var y = state[next]
    next += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// `random64()`: two outputs, the first as the high half.
  mutating func random64() -> UInt64 {
    let hi = UInt64(random())
    let lo = UInt64(random())
    return (hi << 32) | lo
  }

  /// A float64 uniform in [0, 1).
  private mutating func uniform64() -> Double {
    Double(random64() & ((1 << 53) - 1)) * (1.0 / 9_007_199_254_740_992.0)
  }

  /// `torch.randn(1, generator=g).item()`.
  mutating func randn() -> Double {
    if let c = cachedNormal {
      cachedNormal = nil
      return Double(Float(c))
    }
    let u1 = uniform64()
    let u2 = uniform64()
    let r = PyMath.sqrt(-2.0 * Libm.naturalLogarithmOfOnePlus(-u2))
    let theta = 2.0 * PyMath.pi * u1
    cachedNormal = r * PyMath.sin(theta)
    return Double(Float(r * PyMath.cos(theta)))
  }

  /// `torch.rand(1, generator=g).item()`.
  mutating func rand() -> Double {
    let v = Float(random() & ((1 << 24) - 1)) * (1.0 / 16_777_216.0)
    return Double(v == 1 ? 0 : v)
  }
}
