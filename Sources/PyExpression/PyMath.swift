/// Python's integer and float operators and `math` functions, bit for bit as CPython computes
/// them, for the evaluator and for code that mirrors a library's Python line by line.
///
/// Float functions are the C library's (through ``Libm``), as CPython's are. Integer operations
/// are exact on `Int`; where Python would grow a bigint or raise, they return `nil` (or throw)
/// instead of trapping. `//` and `%` floor: a remainder takes the divisor's sign.
public enum PyMath {
  /// Python's `math.pi`.
  @inlinable public static var pi: Double { 3.141592653589793 }

  /// `int // int`; `nil` when `b == 0` or the quotient overflows (`Int.min // -1`).
  @inlinable
  public static func floorDiv(_ a: Int, _ b: Int) -> Int? {
    guard b != 0, !(a == .min && b == -1) else { return nil }
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }

  /// `int % int`; `nil` when `b == 0` or for `Int.min % -1`.
  @inlinable
  public static func mod(_ a: Int, _ b: Int) -> Int? {
    guard b != 0, !(a == .min && b == -1) else { return nil }
    let r = a % b
    return (r != 0 && (r < 0) != (b < 0)) ? r + b : r
  }

  /// `float % float` (CPython's `float_rem`: exact `fmod`, then the divisor's sign; a zero
  /// remainder takes the divisor's sign). `b` must not be zero.
  @inlinable
  public static func mod(_ a: Double, _ b: Double) -> Double {
    var m = Libm.remainder(a, b)
    if m != 0 {
      if (b < 0) != (m < 0) { m += b }
    } else {
      m = Double(signOf: b, magnitudeOf: 0)
    }
    return m
  }

  /// `float // float` (CPython's `_float_div_mod`: `(a - fmod(a, b)) / b`, floored and snapped
  /// to the nearest integer; a zero quotient takes the sign of `a / b`). `b` must not be zero.
  @inlinable
  public static func floorDiv(_ a: Double, _ b: Double) -> Double {
    let m = Libm.remainder(a, b)
    var div = (a - m) / b
    if m != 0 && (b < 0) != (m < 0) { div -= 1 }
    if div != 0 {
      var floored = Libm.roundedDown(div)
      if div - floored > 0.5 { floored += 1 }
      return floored
    }
    return Double(signOf: a / b, magnitudeOf: 0)
  }

  /// `float / float`; `nil` where Python raises `ZeroDivisionError`.
  @inlinable
  public static func div(_ a: Double, _ b: Double) -> Double? {
    b == 0 ? nil : a / b
  }

  /// `int / int`, correctly rounded to the nearest double, ties to even (CPython's
  /// `long_true_divide`); `nil` when `b == 0`.
  public static func trueDiv(_ a: Int, _ b: Int) -> Double? {
    guard b != 0 else { return nil }
    let exactLimit: UInt64 = 1 << 53
    let numerator = UInt64(a.magnitude)
    let denominator = UInt64(b.magnitude)
    if a == 0 || (numerator <= exactLimit && denominator <= exactLimit) {
      return Double(a) / Double(b)
    }
    let shift = max(0, 56 + bitLength(denominator) - bitLength(numerator))
    let wide: (high: UInt64, low: UInt64) =
      switch shift {
      case 0: (0, numerator)
      case 1..<64: (numerator >> (64 - shift), numerator << shift)
      default: (numerator << (shift - 64), 0)
      }
    let (quotient, rest) = denominator.dividingFullWidth(wide)
    let dropped = bitLength(quotient) - 53
    var mantissa = quotient >> dropped
    let droppedBits = quotient & ((1 << dropped) - 1)
    let half: UInt64 = 1 << (dropped - 1)
    if droppedBits > half || (droppedBits == half && (rest != 0 || mantissa & 1 == 1)) {
      mantissa += 1
    }
    return Double(
      sign: (a < 0) != (b < 0) ? .minus : .plus,
      exponent: dropped - shift,
      significand: Double(mantissa))
  }

  private static func bitLength(_ value: UInt64) -> Int {
    UInt64.bitWidth - value.leadingZeroBitCount
  }

  /// `int ** int` for `exponent >= 0`, exact (by squaring); `nil` when `exponent < 0` or the
  /// result, or an intermediate square still needed, does not fit in an `Int`.
  public static func intPower(_ base: Int, _ exponent: Int) -> Int? {
    guard exponent >= 0 else { return nil }
    var result = 1
    var square = base
    var remaining = exponent
    while remaining > 0 {
      if remaining & 1 == 1 {
        let (r, o) = result.multipliedReportingOverflow(by: square)
        if o { return nil }
        result = r
      }
      remaining >>= 1
      if remaining > 0 {
        let (s, o) = square.multipliedReportingOverflow(by: square)
        if o { return nil }
        square = s
      }
    }
    return result
  }

  /// `float ** float` exactly as CPython's `float_pow`: its own special cases for zeros,
  /// infinities, nans and ±1, then libm `pow` on the magnitude with the sign restored.
  public static func floatPower(_ base: Double, _ exponent: Double) throws(PyMathError) -> Double {
    if exponent == 0 { return 1.0 }
    if base.isNaN { return base }
    if exponent.isNaN { return base == 1.0 ? 1.0 : exponent }
    if exponent.isInfinite {
      let magnitude = base.magnitude
      if magnitude == 1.0 { return 1.0 }
      return (exponent > 0) == (magnitude > 1.0) ? exponent.magnitude : 0.0
    }
    if base.isInfinite {
      let odd = isOddInteger(exponent)
      if exponent > 0 { return odd ? base : base.magnitude }
      return odd ? Double(signOf: base, magnitudeOf: 0) : 0.0
    }
    if base == 0 {
      if exponent < 0 { throw .zeroToNegativePower }
      return isOddInteger(exponent) ? base : 0.0
    }
    var magnitude = base
    var negate = false
    if base < 0 {
      if exponent != Libm.roundedDown(exponent) { throw .complexResult }
      magnitude = -base
      negate = isOddInteger(exponent)
    }
    if magnitude == 1.0 { return negate ? -1.0 : 1.0 }
    let result = Libm.power(magnitude, exponent)
    if result.isInfinite { throw .outOfRange }
    return negate ? -result : result
  }

  private static func isOddInteger(_ value: Double) -> Bool {
    Libm.remainder(value.magnitude, 2.0) == 1.0
  }

  /// `float ** float`; `nil` where Python raises: a zero base to any negative power (even
  /// `-inf`), a negative base to a fractional power, or overflow. Otherwise ``floatPower(_:_:)``.
  public static func power(_ x: Double, _ y: Double) -> Double? {
    if x == 0 && y < 0 { return nil }
    return try? floatPower(x, y)
  }

  /// libm `pow(x, y)`, for finite operands that CPython accepts.
  @inlinable
  public static func pow(_ x: Double, _ y: Double) -> Double { Libm.power(x, y) }

  /// `math.floor` of a float, as a float.
  @inlinable
  public static func floor(_ x: Double) -> Double { Libm.roundedDown(x) }
  /// `math.cos`.
  @inlinable
  public static func cos(_ x: Double) -> Double { Libm.cosine(x) }
  /// `math.sin`.
  @inlinable
  public static func sin(_ x: Double) -> Double { Libm.sine(x) }
  /// `math.tanh`.
  @inlinable
  public static func tanh(_ x: Double) -> Double { Libm.hyperbolicTangent(x) }
  /// `math.sqrt` without the domain check (nan below zero).
  @inlinable
  public static func sqrt(_ x: Double) -> Double { Libm.squareRoot(x) }
  /// `math.exp` without the overflow check.
  @inlinable
  public static func exp(_ x: Double) -> Double { Libm.exponential(x) }
  /// `math.log` without the domain check.
  @inlinable
  public static func log(_ x: Double) -> Double { Libm.naturalLogarithm(x) }

  /// `bisect.bisect_right(a, x)`, sorted or not (the same probes as Python's).
  @inlinable
  public static func bisectRight<T: Comparable>(_ a: [T], _ x: T) -> Int {
    var lo = 0
    var hi = a.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if x < a[mid] { hi = mid } else { lo = mid + 1 }
    }
    return lo
  }
}
