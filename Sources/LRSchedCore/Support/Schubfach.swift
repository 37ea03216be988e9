/// The shortest decimal that reads back as a given double, by Raffaello Giulietti's Schubfach
/// algorithm ("The Schubfach way to render doubles", 2020), with 128-bit powers of ten rounded
/// up (`PowersOfTen`) and round-to-odd products of them.
///
/// Of all decimals inside the double's rounding interval (closed when its significand is even,
/// as round-half-even reading accepts the ends; open when odd) it picks one with the fewest
/// significant digits and, among those, the one closest to the double, an exact tie going to
/// the even digit. That is the digit choice of Swift's `description` and Python's `repr`.
enum Schubfach {
  /// The decimal `digits × 10^exponent` for a positive finite double given by its bit pattern
  /// with the sign bit clear; `digits` may end in zeros and has at most 17 digits.
  @inline(__always)
  static func decimal(magnitudeBits bits: UInt64) -> (digits: UInt64, exponent: Int) {
    let fraction = bits & (1 << 52 - 1)
    let biased = Int(truncatingIfNeeded: bits >> 52)
    let c: UInt64
    let q: Int
    if biased != 0 {
      c = fraction | 1 << 52
      q = biased &- 1075
    } else {
      c = fraction
      q = -1074
    }
    // At a power of two (other than the smallest normal) the gap below is half the gap above.
    let lowerCloser = fraction == 0 && biased > 1
    let cbl = 4 &* c &- (lowerCloser ? 1 : 2)
    let cb = 4 &* c
    let cbr = 4 &* c &+ 2
    // k = floor(log10(2^q)), or floor(log10(3/4 · 2^q)) when the lower gap is smaller.
    let k = (q &* 315_653 &- (lowerCloser ? 131_237 : 0)) >> 20
    // h = q + floor(log2(10^-k)) + 1, in 1...4.
    let h = q &+ ((0 &- k) &* 1_741_647) >> 19 &+ 1
    let (gHigh, gLow) = PowersOfTen.roundedUp(0 &- k)
    let vbl = roundToOdd(gHigh, gLow, cbl &<< h)
    let vb = roundToOdd(gHigh, gLow, cb &<< h)
    let vbr = roundToOdd(gHigh, gLow, cbr &<< h)
    // The interval's ends are in it when c is even (round-half-even reading takes them).
    let odd = c & 1
    let lower = vbl &+ odd
    let upper = vbr &- odd
    // One digit fewer (sp, in R_{k+1}) when exactly one of its two neighbours lies in the
    // interval; else the one of s and s + 1 inside, or the closer of them (ties to even).
    let s = vb >> 2
    if s >= 10 {
      let sp = s / 10
      let upInside = lower <= 40 &* sp
      let wpInside = 40 &* sp &+ 40 <= upper
      if upInside != wpInside { return (wpInside ? sp &+ 1 : sp, k &+ 1) }
    }
    let uInside = lower <= 4 &* s
    let wInside = 4 &* s &+ 4 <= upper
    if uInside != wInside { return (wInside ? s &+ 1 : s, k) }
    let mid = 4 &* s &+ 2
    let roundUp = vb > mid || (vb == mid && s & 1 != 0)
    return (roundUp ? s &+ 1 : s, k)
  }

  /// `g · cp / 2^128` for the 128-bit `g = high · 2^64 + low`, truncated and then made odd when
  /// anything was truncated (round to odd), which keeps the comparisons above exact.
  @inline(__always)
  private static func roundToOdd(_ high: UInt64, _ low: UInt64, _ cp: UInt64) -> UInt64 {
    let x1 = low.multipliedFullWidth(by: cp).high
    let y = high.multipliedFullWidth(by: cp)
    let (z, carry) = y.low.addingReportingOverflow(x1)
    return (carry ? y.high &+ 1 : y.high) | (z > 1 ? 1 : 0)
  }
}
