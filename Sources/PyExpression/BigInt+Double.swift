/// Conversions between ``BigInt`` and `Double`, exact or correctly rounded.
extension BigInt {
  /// The integer equal to `value`, which must be finite and integral; exact.
  init(exactly value: Double) {
    precondition(value.isFinite && value == value.rounded(.towardZero))
    if value.magnitude < 0x1p63 {
      self.init(Int(value))
      return
    }
    let significand = value.significandBitPattern | 1 << 52
    let scaled = BigInt(isNegative: false, magnitude: significand) << (Int(value.exponent) - 52)
    self = value < 0 ? -scaled : scaled
  }

  /// The nearest `Double`, ties to even (Python's `float(int)`); `nil` when it
  /// rounds beyond the finite range (at or above 2**1024 after rounding).
  var nearestDouble: Double? {
    BigInt.rounded(magnitude: self, inexact: false, exponent: 0, isNegative: isNegative)
  }

  /// The `Double` nearest to `(magnitude + δ) * 2**exponent`, ties to even,
  /// where δ is 0 when `inexact` is false and some value in (0, 1) otherwise
  /// (a sticky bit: the magnitude must then have at least two bits below the
  /// kept precision). Subnormal results are rounded once, to their own
  /// precision. `nil` when the result rounds beyond the finite range.
  static func rounded(magnitude: BigInt, inexact: Bool, exponent: Int, isNegative: Bool) -> Double? {
    let sign: FloatingPointSign = isNegative ? .minus : .plus
    let width = magnitude.bitWidth
    if width == 0 { return Double(sign: sign, exponent: 0, significand: 0) }
    let leading = width - 1 + exponent
    if leading > 1024 { return nil }
    let precision =
      leading >= Double.leastNormalMagnitude.exponent
      ? Double.significandBitCount + 1
      : Double.significandBitCount + 1 - (Int(Double.leastNormalMagnitude.exponent) - leading)
    let dropped = width - precision
    var kept: UInt64
    if dropped <= 0 {
      kept = magnitude.magnitudeUInt64
    } else {
      kept = (magnitude >> dropped).magnitudeUInt64
      if magnitude.bit(at: dropped - 1) {
        let exactHalf = magnitude.trailingZeroBitCount == dropped - 1 && !inexact
        if !exactHalf || kept & 1 == 1 { kept += 1 }
      }
    }
    let result = Double(sign: sign, exponent: exponent + max(dropped, 0), significand: Double(kept))
    return result.isFinite ? result : nil
  }

  /// Python's `math.frexp(float(self))` for a positive value of any size, as
  /// CPython's `_PyLong_Frexp` computes it: the mantissa in [0.5, 1), rounded
  /// to 53 bits ties to even, and the exponent.
  var fractionAndExponent: (fraction: Double, exponent: Int) {
    let width = bitWidth
    let fraction =
      BigInt.rounded(magnitude: magnitude, inexact: false, exponent: -width, isNegative: false) ?? 1
    return fraction == 1 ? (0.5, width + 1) : (fraction, width)
  }
}
