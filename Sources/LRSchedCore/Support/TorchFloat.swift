/// A float32 computed as PyTorch's CPU kernels compute a 0-d float32 tensor, for mirroring code
/// that runs on torch tensors operation by operation (Keras on its torch backend).
///
/// Arithmetic is IEEE single precision (subnormals kept) and `pow` the C library's `powf`, both
/// as PyTorch computes them. PyTorch takes `cos` and `log` from MKL's VML (high-accuracy mode),
/// which cannot be reproduced bit for bit; these are SLEEF's 1-ULP functions (`xcosf_u1`,
/// `xlogf_u1`, the FMA build), PyTorch's vectorised fallback without MKL, which agree with MKL's
/// results on about 97% of inputs and are within an ULP otherwise.
public struct TorchFloat: Sendable, Equatable, Comparable {
  public let value: Float

  private init(exactly x: Float) { value = x }

  /// A Python float or integer converted to float32 (round to nearest even).
  public init(_ x: Double) { value = Float(x) }
  public init(_ n: Int) { value = Float(n) }

  /// The value as a double (exact).
  public var double: Double { Double(value) }

  public static func + (a: TorchFloat, b: TorchFloat) -> TorchFloat { TorchFloat(exactly: a.value + b.value) }
  public static func - (a: TorchFloat, b: TorchFloat) -> TorchFloat { TorchFloat(exactly: a.value - b.value) }
  public static func * (a: TorchFloat, b: TorchFloat) -> TorchFloat { TorchFloat(exactly: a.value * b.value) }
  public static func / (a: TorchFloat, b: TorchFloat) -> TorchFloat { TorchFloat(exactly: a.value / b.value) }
  public static func < (a: TorchFloat, b: TorchFloat) -> Bool { a.value < b.value }

  /// `torch.minimum`: NaN if either operand is NaN.
  public static func minimum(_ a: TorchFloat, _ b: TorchFloat) -> TorchFloat {
    if a.value.isNaN { return a }
    if b.value.isNaN { return b }
    return b < a ? b : a
  }

  public var floor: TorchFloat { TorchFloat(exactly: value.rounded(.down)) }
  public var ceil: TorchFloat { TorchFloat(exactly: value.rounded(.up)) }

  /// `torch.pow` (the C library's `powf`).
  public func pow(_ y: TorchFloat) -> TorchFloat { TorchFloat(exactly: Libm.power(value, y.value)) }

  /// `torch.cos`: SLEEF's `xcosf_u1` (Cody-Waite reduction in double-float below |x| = 125; the
  /// C library's `cosf` beyond, where SLEEF's Payne-Hanek path is not reproduced).
  public var cos: TorchFloat {
    let d = value
    guard abs(d) < 125 else { return TorchFloat(exactly: Libm.cosine(d)) }
    let dq = fma(fma(d, Float(0.318309886183790671538), -0.5).rounded(.toNearestOrEven), 2, 1)
    let q = Int32(dq)
    var s = Pair.add2(d, dq * (-3.1414794921875 * 0.5))
    s = Pair.add2(s, dq * (-0.00011315941810607910156 * 0.5))
    s = Pair.add2(s, dq * (-1.9841872589410058936e-09 * 0.5))
    let t = s
    s = Pair.square(s)
    var u: Float = 2.6083159809786593541503e-06
    u = fma(u, s.x, -0.0001981069071916863322258)
    u = fma(u, s.x, 0.00833307858556509017944336)
    let x = Pair.add(1, Pair.multiply(Pair.add(-0.166666597127914428710938, u * s.x), s))
    let r = Pair.multiplyToFloat(t, x)
    return TorchFloat(exactly: q & 2 == 0 ? -r : r)
  }

  /// `torch.log`: SLEEF's `xlogf_u1` (exponent split at 4/3, a double-float atanh series).
  public var log: TorchFloat {
    var d = value
    if d.isNaN || d < 0 { return TorchFloat(exactly: .nan) }
    if d == 0 { return TorchFloat(exactly: -.infinity) }
    if d == .infinity { return TorchFloat(exactly: .infinity) }
    let tiny = d < Float.leastNormalMagnitude
    if tiny { d = d * (Float(1 << 32) * Float(1 << 32)) }
    var e = Int32(bitPattern: ((d * Float(1.0 / 0.75)).bitPattern >> 23) & 0xff) - 0x7f
    let m = Float(bitPattern: UInt32(bitPattern: Int32(bitPattern: d.bitPattern) &+ ((0 - e) << 23)))
    if tiny { e -= 64 }
    var s = Pair.multiply(Pair(0.69314718246459960938, -1.904654323148236017e-09), Float(e))
    let x = Pair.divide(Pair.add2(-1, m), Pair.add2(1, m))
    let x2 = x.x * x.x
    var t: Float = 0.3027294874
    t = fma(t, x2, 0.3996108174)
    t = fma(t, x2, 0.6666694880)
    s = Pair.add(s, Pair(x.x * 2, x.y * 2))
    s = Pair.add(s, (x2 * x.x) * t)
    return TorchFloat(exactly: s.x + s.y)
  }

  /// `math.pi` as a float32 tensor.
  public static let pi = TorchFloat(3.141592653589793)

  /// `a * b + c` rounded once (SLEEF's `vmla` on AVX2).
  private func fma(_ a: Float, _ b: Float, _ c: Float) -> Float { c.addingProduct(a, b) }

  /// SLEEF's double-float arithmetic (a value as the unevaluated sum `x + y`), its FMA variants.
  private struct Pair {
    var x: Float
    var y: Float

    init(_ x: Float, _ y: Float) {
      self.x = x
      self.y = y
    }

    private static func fma(_ a: Float, _ b: Float, _ c: Float) -> Float { c.addingProduct(a, b) }

    static func add(_ x: Float, _ y: Float) -> Pair {
      let s = x + y
      return Pair(s, (x - s) + y)
    }

    static func add(_ x: Float, _ y: Pair) -> Pair {
      let s = x + y.x
      return Pair(s, ((x - s) + y.x) + y.y)
    }

    static func add(_ x: Pair, _ y: Float) -> Pair {
      let s = x.x + y
      return Pair(s, ((x.x - s) + y) + x.y)
    }

    static func add(_ x: Pair, _ y: Pair) -> Pair {
      let s = x.x + y.x
      return Pair(s, (((x.x - s) + y.x) + x.y) + y.y)
    }

    static func add2(_ x: Float, _ y: Float) -> Pair {
      let s = x + y
      let v = s - x
      return Pair(s, (x - (s - v)) + (y - v))
    }

    static func add2(_ x: Pair, _ y: Float) -> Pair {
      let s = x.x + y
      let v = s - x.x
      let t = (x.x - (s - v)) + (y - v)
      return Pair(s, t + x.y)
    }

    static func multiply(_ x: Pair, _ y: Float) -> Pair {
      let s = x.x * y
      return Pair(s, fma(x.y, y, fma(x.x, y, -s)))
    }

    static func multiply(_ x: Pair, _ y: Pair) -> Pair {
      let s = x.x * y.x
      return Pair(s, fma(x.x, y.y, fma(x.y, y.x, fma(x.x, y.x, -s))))
    }

    static func multiplyToFloat(_ x: Pair, _ y: Pair) -> Float {
      fma(x.x, y.x, fma(x.y, y.x, x.x * y.y))
    }

    static func square(_ x: Pair) -> Pair {
      let s = x.x * x.x
      return Pair(s, fma(x.x + x.x, x.y, fma(x.x, x.x, -s)))
    }

    static func divide(_ n: Pair, _ d: Pair) -> Pair {
      let t = 1 / d.x
      let s = n.x * t
      let u = fma(t, n.x, -s)
      let v = fma(-d.y, t, fma(-d.x, t, 1))
      return Pair(s, fma(s, v, fma(n.y, t, u)))
    }
  }
}
