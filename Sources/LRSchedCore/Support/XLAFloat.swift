/// A float32 computed as XLA's CPU backend computes it, for mirroring JAX code (such as
/// optax) operation by operation.
///
/// Every operation is IEEE single precision with subnormal operands and results flushed to zero,
/// as XLA's CPU runtime runs; `cos` and `pow` are the C library's `cosf` and `powf`, which XLA
/// calls. (Operations are dispatched one by one, as optax runs them eagerly, so nothing is fused.)
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
  public static func < (a: XLAFloat, b: XLAFloat) -> Bool { a.operand < b.operand }
  public static func == (a: XLAFloat, b: XLAFloat) -> Bool { a.operand == b.operand }

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

  /// `jnp.cos` (the C library's `cosf`).
  public var cos: XLAFloat { XLAFloat(flushing: Libm.cosine(operand)) }

  /// `lax.pow` (the C library's `powf`).
  public func pow(_ y: XLAFloat) -> XLAFloat { XLAFloat(flushing: Libm.power(operand, y.operand)) }

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

  /// `math.pi` as a float32 array element.
  public static let pi = XLAFloat(3.141592653589793)
}
