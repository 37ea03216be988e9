#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's integer and float operators, for code that mirrors a library's Python line by line.
///
/// The float functions are the C library's (`pow`, `cos`, ...), which is what CPython calls, so
/// results are bit-identical; the integer ones follow Python's floor semantics and report
/// division by zero instead of trapping.
public enum PyMath {
  /// Python's `a // b` on integers (floors toward negative infinity); `nil` when `b == 0`.
  public static func floorDiv(_ a: Int, _ b: Int) -> Int? {
    guard b != 0, !(a == .min && b == -1) else { return nil }
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }

  /// Python's `a % b` on integers (the result takes the divisor's sign); `nil` when `b == 0`.
  public static func mod(_ a: Int, _ b: Int) -> Int? {
    guard b != 0, !(a == .min && b == -1) else { return nil }
    let r = a % b
    return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
  }

  /// Python's `a % b` on floats (CPython's `float_rem`).
  public static func mod(_ a: Double, _ b: Double) -> Double {
    var m = fmod(a, b)
    if m != 0 {
      if (b < 0) != (m < 0) { m += b }
    } else {
      m = copysign(0, b)
    }
    return m
  }

  /// Python's `a // b` on floats (CPython's `float_floor_div`).
  public static func floorDiv(_ a: Double, _ b: Double) -> Double {
    let m0 = fmod(a, b)
    var div = (a - m0) / b
    var m = m0
    if m != 0 {
      if (b < 0) != (m < 0) {
        m += b
        div -= 1
      }
    }
    if div != 0 {
      var floordiv = Glibc.floor(div)
      if div - floordiv > 0.5 { floordiv += 1 }
      return floordiv
    }
    return copysign(0, a / b)
  }

  /// Python's `float ** float` for finite operands that CPython accepts (libm `pow`).
  public static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }

  /// Python's `math.floor` of a float, as a float.
  public static func floor(_ x: Double) -> Double { Glibc.floor(x) }

  public static func cos(_ x: Double) -> Double { Glibc.cos(x) }
  public static func sin(_ x: Double) -> Double { Glibc.sin(x) }
  public static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
  public static func sqrt(_ x: Double) -> Double { Glibc.sqrt(x) }
  public static func exp(_ x: Double) -> Double { Glibc.exp(x) }
  public static func log(_ x: Double) -> Double { Glibc.log(x) }

  /// Python's `math.pi`.
  public static let pi = 3.141592653589793
}

extension PyMath {
  /// Python's float `a / b`; `nil` where Python raises `ZeroDivisionError`.
  public static func div(_ a: Double, _ b: Double) -> Double? {
    b == 0 ? nil : a / b
  }

  /// Python's `float ** float`; `nil` where Python raises (`0.0` to a negative power, a negative
  /// base to a fractional power, which Python makes complex, or overflow).
  public static func power(_ x: Double, _ y: Double) -> Double? {
    if x == 0 && y < 0 { return nil }
    if x < 0 && x.isFinite && y.isFinite && y != y.rounded() { return nil }
    let r = pow(x, y)
    if r.isInfinite && x.isFinite && y.isFinite { return nil }
    return r
  }

  /// Python's `bisect.bisect_right` on `a`, sorted or not (the same probes as Python's).
  public static func bisectRight(_ a: [Int], _ x: Int) -> Int {
    var lo = 0
    var hi = a.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if x < a[mid] { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }
}
