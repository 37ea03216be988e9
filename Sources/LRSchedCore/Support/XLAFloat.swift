#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A float32 computed as XLA's CPU backend computes it, for mirroring JAX code (such as
/// optax) operation by operation.
///
/// Every operation is IEEE single precision with subnormal operands and results flushed to zero,
/// as XLA's CPU runtime runs. `cos` and `pow` are the C library's `cosf` and `powf`, which XLA
/// calls; `log` is XLA's own Cephes polynomial with the multiply-adds LLVM fuses in it. `fma`
/// stands for a multiply and an add that XLA fuses inside one jitted computation.
public struct XLAFloat: Sendable, Equatable, Comparable {
  public let value: Float

  private init(flushing x: Float) {
    value = x.isSubnormal ? Float(sign: x.sign, exponent: 0, significand: 0) : x
  }

  /// A Python float or an array element converted to float32 (round to nearest even).
  public init(_ x: Double) { value = Float(x) }

  /// An integer converted to float32, as `int32 -> float32` conversion rounds it.
  public init(_ n: Int) { value = Float(n) }

  /// The value as a double (exact).
  public var double: Double { Double(value) }

  private var operand: Float { value.isSubnormal ? Float(sign: value.sign, exponent: 0, significand: 0) : value }

  public static func + (a: XLAFloat, b: XLAFloat) -> XLAFloat { XLAFloat(flushing: a.operand + b.operand) }
  public static func - (a: XLAFloat, b: XLAFloat) -> XLAFloat { XLAFloat(flushing: a.operand - b.operand) }
  public static func * (a: XLAFloat, b: XLAFloat) -> XLAFloat { XLAFloat(flushing: a.operand * b.operand) }
  public static func / (a: XLAFloat, b: XLAFloat) -> XLAFloat { XLAFloat(flushing: a.operand / b.operand) }
  public static prefix func - (a: XLAFloat) -> XLAFloat { XLAFloat(flushing: -a.value) }
  public static func < (a: XLAFloat, b: XLAFloat) -> Bool { a.operand < b.operand }
  public static func == (a: XLAFloat, b: XLAFloat) -> Bool { a.operand == b.operand }

  /// `a * b + c` rounded once: a multiply and an add that LLVM contracted in a fused computation.
  public static func fma(_ a: XLAFloat, _ b: XLAFloat, _ c: XLAFloat) -> XLAFloat {
    XLAFloat(flushing: c.operand.addingProduct(a.operand, b.operand))
  }

  /// `jnp.minimum`: NaN if either operand is NaN.
  public static func minimum(_ a: XLAFloat, _ b: XLAFloat) -> XLAFloat {
    if a.value.isNaN { return a }
    if b.value.isNaN { return b }
    return b < a ? b : a
  }

  /// `jnp.maximum`: NaN if either operand is NaN.
  public static func maximum(_ a: XLAFloat, _ b: XLAFloat) -> XLAFloat {
    if a.value.isNaN { return a }
    if b.value.isNaN { return b }
    return a < b ? b : a
  }

  public var floor: XLAFloat { XLAFloat(flushing: operand.rounded(.down)) }
  public var ceil: XLAFloat { XLAFloat(flushing: operand.rounded(.up)) }

  /// `jnp.cos` (the C library's `cosf`).
  public var cos: XLAFloat { XLAFloat(flushing: cosf(operand)) }

  /// `lax.pow` (the C library's `powf`).
  public func pow(_ y: XLAFloat) -> XLAFloat { XLAFloat(flushing: powf(operand, y.operand)) }

  /// `lax.integer_pow`: binary exponentiation by repeated multiplication; a negative exponent
  /// takes the reciprocal at the end.
  public func integerPow(_ n: Int) -> XLAFloat {
    if n == 0 { return XLAFloat(1.0) }
    var y = n.magnitude
    var x = self
    var acc: XLAFloat?
    while y > 0 {
      if y & 1 == 1 { acc = acc.map { $0 * x } ?? x }
      y >>= 1
      if y > 0 { x = x * x }
    }
    let r = acc ?? XLAFloat(1.0)
    return n < 0 ? XLAFloat(1.0) / r : r
  }

  /// `jnp.log`: XLA's vectorised Cephes logarithm (exponent and mantissa in [sqrt(1/2), sqrt(2)),
  /// a degree-8 polynomial), with the fused multiply-adds its compiled form has.
  public var log: XLAFloat {
    let x0 = operand
    if x0.isNaN || x0 < 0 { return XLAFloat(flushing: .nan) }
    if x0 == 0 { return XLAFloat(flushing: -.infinity) }
    if x0 == .infinity { return XLAFloat(flushing: .infinity) }
    let clamped = Swift.max(x0, Float.leastNormalMagnitude)
    let bits = clamped.bitPattern
    let emm0 = Int32(bitPattern: bits >> 23) - 0x7f
    var m = Float(bitPattern: (bits & ~UInt32(0x7f80_0000)) | Float(0.5).bitPattern)
    var e = Float(1.0) + Float(emm0)
    let below = m < Float(0.707106781186547524)
    let extra: Float = below ? m : 0
    m -= 1
    if below { e -= 1 }
    var x = m + extra
    let p: [Float] = [
      7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1,
      -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
    ]
    let q1: Float = -2.12194440e-4
    let q2: Float = 0.693359375
    let x2 = x * x
    let x3 = x2 * x
    var y = p[1].addingProduct(x, p[0])
    var y1 = p[4].addingProduct(x, p[3])
    var y2 = p[7].addingProduct(x, p[6])
    y = p[2].addingProduct(y, x)
    y1 = p[5].addingProduct(y1, x)
    y2 = p[8].addingProduct(y2, x)
    y = y1.addingProduct(y, x3)
    y = y2.addingProduct(y, x3)
    y = (q1 * e).addingProduct(y, x3)
    x = x.addingProduct(-0.5, x2)
    x = x + y
    x = x.addingProduct(q2, e)
    return XLAFloat(flushing: x)
  }

  /// `math.pi` as a float32 array element.
  public static let pi = XLAFloat(3.141592653589793)
}
