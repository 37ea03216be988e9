/// `math`'s float functions beyond libm's one- and two-argument ones, as CPython 3.11 computes
/// them: `fsum`, `hypot`, `ulp`, `isclose`, `ldexp`, `gamma` and `lgamma`.
///
/// Arguments are converted with `float()` (an `int` beyond the float range raises
/// `OverflowError`).
extension Builtin {
  /// `math.fsum(iterable)`: CPython's `math_fsum`, Shewchuk's exact summation in non-overlapping
  /// partials, rounded once (half to even across partials); an infinity or NaN among the values
  /// gives their plain sum (`-inf + inf` a `ValueError`), a finite overflow on the way an
  /// `OverflowError`.
  static func fsum(_ arguments: [PyValue]) throws(ExpressionError) -> PyValue {
    var partials: [Double] = []
    var specialSum = 0.0
    var infinitySum = 0.0
    for argument in arguments {
      var x = try argument.floatValue()
      let original = x
      var kept = 0
      for j in partials.indices {
        var y = partials[j]
        if x.magnitude < y.magnitude { swap(&x, &y) }
        let hi = x + y
        let lo = y - (hi - x)
        if lo != 0 {
          partials[kept] = lo
          kept += 1
        }
        x = hi
      }
      partials.removeSubrange(kept...)
      if x != 0 {
        if !x.isFinite {
          if original.isFinite { throw ExpressionError("OverflowError: intermediate overflow in fsum") }
          if original.isInfinite { infinitySum += original }
          specialSum += original
          partials.removeAll()
        } else {
          partials.append(x)
        }
      }
    }
    if specialSum != 0 {
      if infinitySum.isNaN { throw ExpressionError("ValueError: -inf + inf in fsum") }
      return .float(specialSum)
    }
    guard var n = partials.indices.last else { return .float(0) }
    var hi = partials[n]
    var lo = 0.0
    while n > 0 {
      let x = hi
      n -= 1
      let y = partials[n]
      hi = x + y
      lo = y - (hi - x)
      if lo != 0 { break }
    }
    if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
      let y = lo * 2
      let x = hi + y
      if y == x - hi { hi = x }
    }
    return .float(hi)
  }

  /// `math.hypot(*coordinates)`: CPython's `vector_norm`. The coordinates are scaled by a power
  /// of two so the largest is in [0.5, 1), squared and summed losslessly as double-length
  /// numbers, and the square root gets one differential correction; an infinity wins over a NaN.
  static func hypot(_ arguments: [PyValue]) throws(ExpressionError) -> PyValue {
    var coordinates: [Double] = []
    var largest = 0.0
    var foundNaN = false
    for argument in arguments {
      let x = try argument.floatValue().magnitude
      coordinates.append(x)
      foundNaN = foundNaN || x.isNaN
      if x > largest { largest = x }
    }
    return .float(vectorNorm(coordinates, largest: largest, foundNaN: foundNaN))
  }

  private static func vectorNorm(_ coordinates: [Double], largest: Double, foundNaN: Bool) -> Double {
    if largest.isInfinite { return largest }
    if foundNaN { return .nan }
    if largest == 0 || coordinates.count <= 1 { return largest }
    let exponent = Int(largest.exponent) + 1
    if exponent < -1023 {
      let smallest = Double.leastNormalMagnitude
      return smallest * vectorNorm(coordinates.map { $0 / smallest }, largest: largest / smallest, foundNaN: false)
    }
    let scale = Libm.scaled(1.0, byPowerOfTwo: Int32(-exponent))
    var sum = 1.0
    var fraction1 = 0.0
    var fraction2 = 0.0
    for coordinate in coordinates {
      let x = coordinate * scale
      let square = exactProduct(x, x)
      let total = fastTwoSum(sum, square.hi)
      sum = total.hi
      fraction1 += square.lo
      fraction2 += total.lo
    }
    var h = Libm.squareRoot(sum - 1.0 + (fraction1 + fraction2))
    let square = exactProduct(-h, h)
    let total = fastTwoSum(sum, square.hi)
    sum = total.hi
    fraction1 += square.lo
    fraction2 += total.lo
    let x = sum - 1.0 + (fraction1 + fraction2)
    h += x / (2.0 * h)
    return h / scale
  }

  /// `a + b` and its rounding error, for `|a| >= |b|`.
  private static func fastTwoSum(_ a: Double, _ b: Double) -> (hi: Double, lo: Double) {
    let x = a + b
    return (x, (a - x) + b)
  }

  /// `x * y` and its rounding error (Dekker's product of Veltkamp-split halves).
  private static func exactProduct(_ x: Double, _ y: Double) -> (hi: Double, lo: Double) {
    let (xh, xl) = split(x)
    let (yh, yl) = split(y)
    let p = xh * yh
    let q = xh * yl + xl * yh
    let z = p + q
    return (z, p - z + q + xl * yl)
  }

  private static func split(_ x: Double) -> (hi: Double, lo: Double) {
    let t = x * 134_217_729.0
    let hi = t - (t - x)
    return (hi, x - hi)
  }

  /// `math.ulp(x)`: the gap from `|x|` to the next double away from zero (to the previous one
  /// at the largest finite double); NaN and infinities unchanged in magnitude.
  static func ulp(_ value: PyValue) throws(ExpressionError) -> PyValue {
    let argument = try value.floatValue()
    if argument.isNaN { return .float(argument) }
    let x = argument.magnitude
    if x.isInfinite { return .float(x) }
    let next = Libm.nextAfter(x, .infinity)
    if next.isInfinite { return .float(x - Libm.nextAfter(x, -.infinity)) }
    return .float(next - x)
  }

  /// `math.isclose(a, b)` with its defaults `rel_tol=1e-09`, `abs_tol=0.0`.
  static func isclose(_ arguments: [PyValue]) throws(ExpressionError) -> PyValue {
    let a = try arguments[0].floatValue()
    let b = try arguments[1].floatValue()
    let relative = 1e-09
    let absolute = 0.0
    if a == b { return .bool(true) }
    if a.isInfinite || b.isInfinite { return .bool(false) }
    let difference = (b - a).magnitude
    return .bool(
      difference <= (relative * b).magnitude || difference <= (relative * a).magnitude || difference <= absolute)
  }

  /// `math.ldexp(x, i)`: `x * 2**i` for an `int` `i`; zeros, infinities and NaN unchanged, an
  /// overflow an `OverflowError`, an exponent beyond C's `int` range an overflow or a signed zero.
  static func ldexp(_ arguments: [PyValue]) throws(ExpressionError) -> PyValue {
    let x = try arguments[0].floatValue()
    guard let exponent = arguments[1].bigIntegerValue else {
      throw ExpressionError("TypeError: Expected an int as second argument to ldexp.")
    }
    if x == 0 || !x.isFinite { return .float(x) }
    if exponent > BigInt(Int(Int32.max)) { throw rangeError }
    if exponent < BigInt(Int(Int32.min)) { return .float(Double(signOf: x, magnitudeOf: 0)) }
    let r = Libm.scaled(x, byPowerOfTwo: Int32(exponent.intValue ?? 0))
    if r.isInfinite { throw rangeError }
    return .float(r)
  }

  /// `math.gamma(x)` with CPython's errors (a pole or `-inf` a domain error, overflow a range
  /// error). For an integer `x` from 1 to 23 it is `(x - 1)!`, exact as in CPython (every such
  /// factorial is a double); otherwise libm's `tgamma`, which is not CPython's own approximation
  /// and differs from it in the last bits for most arguments (see ``Libm/gammaFunction(_:)``).
  static func gamma(_ value: PyValue) throws(ExpressionError) -> PyValue {
    let x = try value.floatValue()
    if x.isNaN || x == .infinity { return .float(x) }
    if x == -.infinity || x == 0 || (x < 0 && x == Libm.roundedDown(x)) { throw domainError }
    if x == Libm.roundedDown(x) && x <= 23 {
      var factorial = 1.0
      for k in stride(from: 2.0, to: x, by: 1.0) { factorial *= k }
      return .float(factorial)
    }
    let r = Libm.gammaFunction(x)
    if r.isNaN { throw domainError }
    if r.isInfinite { throw rangeError }
    return .float(r)
  }

  /// `math.lgamma(x)` with CPython's errors (a pole a domain error, overflow a range error),
  /// computed by libm's `lgamma_r` (see ``Libm/logGammaFunction(_:)``).
  static func lgamma(_ value: PyValue) throws(ExpressionError) -> PyValue {
    let x = try value.floatValue()
    if x.isNaN { return .float(x) }
    if x.isInfinite { return .float(.infinity) }
    if x <= 0 && x == Libm.roundedDown(x) { throw domainError }
    let r = Libm.logGammaFunction(x)
    if r.isNaN { throw domainError }
    if r.isInfinite { throw rangeError }
    return .float(r)
  }
}
