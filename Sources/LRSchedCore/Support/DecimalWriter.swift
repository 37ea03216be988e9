/// Numbers written as ASCII straight into a caller's memory, without allocating: the text of
/// `DoubleFormat.shortest`, `DoubleFormat.compact` and `String(_: Int)`, byte for byte.
///
/// Each function needs `bytesNeeded` bytes of room at `out`, writes the text there and
/// returns its length; the bytes after the text are left unspecified.
public enum DecimalWriter {
  /// The room each function needs at `out`: the text is at most 24 bytes
  /// (`-2.2250738585072014e-308`), and whole words are stored past it as scratch.
  public static let bytesNeeded = 32

  /// Writes `x` as `DoubleFormat.shortest(x)` does: Swift's `description` (the shortest digits
  /// that read back as `x`, from `Schubfach`), with `nan`, `inf` and `-inf`.
  ///
  /// Plain decimal from `0.0001` up to `2^53`, with `.0` after an integral value (`100.0`,
  /// `-0.0`); exponential form, with at least two exponent digits, below `0.0001` and above
  /// `2^53` (`1e-05`, `5e-324`, `1e+16`, `1.7976931348623157e+308`).
  @inline(__always)
  public static func shortest(_ x: Double, into out: UnsafeMutablePointer<UInt8>) -> Int {
    let bits = x.bitPattern
    let magnitude = bits & ~(1 << 63)
    var p = out
    if magnitude >= 0x7FF0_0000_0000_0000 {
      if magnitude != 0x7FF0_0000_0000_0000 { return put("nan", at: out) }
      return bits == magnitude ? put("inf", at: out) : put("-inf", at: out)
    }
    if bits != magnitude {
      p[0] = UInt8(ascii: "-")
      p += 1
    }
    if magnitude == 0 { return out.distance(to: p) + put("0.0", at: p) }
    // Integral values up to 2^53 (exponent field 1023...1076): the integer, then `.0`.
    let biased = Int(truncatingIfNeeded: magnitude >> 52)
    if biased >= 1023 && biased <= 1075 {
      let c = magnitude & (1 << 52 - 1) | 1 << 52
      let shift = 1075 &- biased
      if c & (1 &<< shift &- 1) == 0 {
        p += unsigned(c &>> shift, into: p)
        p[0] = UInt8(ascii: ".")
        p[1] = UInt8(ascii: "0")
        return out.distance(to: p) &+ 2
      }
    } else if magnitude == 0x4340_0000_0000_0000 {  // 2^53, the one integral value above them kept plain
      return out.distance(to: p) + put("9007199254740992.0", at: p)
    }
    let (digits, exponent) = Schubfach.decimal(magnitudeBits: magnitude)
    return out.distance(to: p) &+ layout(digits, exponent, exponential: magnitude > 0x4340_0000_0000_0000, at: p)
  }

  /// Writes `x` as `DoubleFormat.compact(x)` does: an integral value below 10^15 in magnitude as
  /// an integer (`3`, `0` for `-0.0`), anything else as `shortest`.
  @inline(__always)
  public static func compact(_ x: Double, into out: UnsafeMutablePointer<UInt8>) -> Int {
    let magnitude = abs(x)
    if magnitude < 1e15 {
      let n = Int(x)
      if Double(n) == x { return integer(n, into: out) }
      if let (digits, exponent) = shortDecimal(magnitude) {
        var p = out
        if x < 0 {
          p[0] = UInt8(ascii: "-")
          p += 1
        }
        return out.distance(to: p) &+ layout(digits, exponent, exponential: false, at: p)
      }
    }
    return shortest(x, into: out)
  }

  /// For `x` in 1e-8..<1e15, the decimal `digits × 10^exponent` with at most 15 significant
  /// digits that reads back as `x`, when there is one (as for fractions of a step count such as
  /// `0.1234567`): found by scaling, checked by one correctly rounded division. It is then the
  /// shortest and the closest, as the rounding interval (narrower than 10^-15 of `x`) holds no
  /// other decimal of 15 digits or fewer. `nil` otherwise; `Schubfach` then decides.
  @inline(__always)
  static func shortDecimal(_ x: Double) -> (digits: UInt64, exponent: Int)? {
    // k = 14 - floor(log10(x)), so that x · 10^k has 15 integer digits: floor(log2(x) · log10(2))
    // is floor(log10(x)) or one less, and the power of ten above it settles which.
    let e2 = Int(truncatingIfNeeded: x.bitPattern >> 52) &- 1023
    let estimate = (e2 &* 315_653) >> 20
    guard estimate >= -8 && estimate <= 14 else { return nil }
    let k = (x >= tenToThe[estimate &+ 9] ? 13 : 14) &- estimate
    guard k >= 0 && k <= 22 else { return nil }
    let scale = tenToThe[k &+ 8]
    let y = x * scale
    guard y < 1e15 else { return nil }
    let m = UInt64(y + 0.5)
    guard Double(m) / scale == x else { return nil }
    return (m, 0 &- k)
  }

  /// 10^n as a double at index n + 8, for n in -8...22 (exact from 10^0 on).
  private static let tenToThe: [Double] = [
    1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8,
    1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// Writes the positive decimal `digits × 10^exponent` (`digits` may end in zeros, and has at
  /// most 17 digits) as `description` lays it out: exponential below 10^-4 or when `exponential`,
  /// plain otherwise with `.0` after an integer. Returns the length.
  @inline(__always)
  private static func layout(_ digits: UInt64, _ exponent: Int, exponential: Bool, at out: UnsafeMutablePointer<UInt8>) -> Int {
    var digits = digits
    var exponent = exponent
    if digits % 10 == 0 {
      while digits % 100_000_000 == 0 {
        digits /= 100_000_000
        exponent &+= 8
      }
      if digits % 10_000 == 0 {
        digits /= 10_000
        exponent &+= 4
      }
      if digits % 100 == 0 {
        digits /= 100
        exponent &+= 2
      }
      if digits % 10 == 0 {
        digits /= 10
        exponent &+= 1
      }
    }
    let count = digitCount(digits)
    // The exponent of the leading digit: the value is d.ddd × 10^leading.
    let leading = exponent &+ count &- 1
    var p = out
    if leading < -4 || exponential {
      // d.ddde±XX
      writeSignificand(digits, count: count, at: p + 1)
      p[0] = p[1]
      if count > 1 {
        p[1] = UInt8(ascii: ".")
        p += count &+ 1
      } else {
        p += 1
      }
      p[0] = UInt8(ascii: "e")
      p[1] = leading < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+")
      let e = UInt64(truncatingIfNeeded: leading < 0 ? 0 &- leading : leading)
      let width = e >= 100 ? 3 : 2
      write(e, count: width, at: p + 2)
      p += 2 &+ width
    } else if leading < 0 {
      // 0.ddd to 0.000ddd: "0.000000" at once, then the digits over the zeros not needed.
      store(0x3030_3030_3030_2E30, at: p)
      p += 1 &- leading
      writeSignificand(digits, count: count, at: p)
      p += count
    } else if leading &+ 1 < count {
      // ddd.ddd: the digits, then the fraction's (at most 16) moved one place for the point.
      let integer = leading &+ 1
      writeSignificand(digits, count: count, at: p)
      let fraction = UnsafeMutableRawPointer(p + integer)
      let first = fraction.loadUnaligned(as: UInt64.self)
      if count &- integer > 8 {
        let second = fraction.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        fraction.storeBytes(of: second, toByteOffset: 9, as: UInt64.self)
      }
      fraction.storeBytes(of: first, toByteOffset: 1, as: UInt64.self)
      p[integer] = UInt8(ascii: ".")
      p += count &+ 1
    } else {
      // ddd000.0
      writeSignificand(digits, count: count, at: p)
      for i in count..<(leading &+ 1) { p[i] = UInt8(ascii: "0") }
      p += leading &+ 1
      p[0] = UInt8(ascii: ".")
      p[1] = UInt8(ascii: "0")
      p += 2
    }
    return out.distance(to: p)
  }

  /// Writes `value` in decimal, with a leading `-` when negative (`Int.min` included).
  @inline(__always)
  public static func integer(_ value: Int, into out: UnsafeMutablePointer<UInt8>) -> Int {
    if value < 0 {
      out[0] = UInt8(ascii: "-")
      return 1 &+ unsigned(0 &- UInt64(truncatingIfNeeded: value), into: out + 1)
    }
    return unsigned(UInt64(truncatingIfNeeded: value), into: out)
  }

  /// Writes `value` in decimal and returns the number of digits.
  @inline(__always)
  static func unsigned(_ value: UInt64, into out: UnsafeMutablePointer<UInt8>) -> Int {
    let count = digitCount(value)
    write(value, count: count, at: out)
    return count
  }

  /// The number of decimal digits of `value` (1 for 0).
  @inline(__always)
  static func digitCount(_ value: UInt64) -> Int {
    // floor(log10(2^bits)) is the count or one less; the power of ten settles it. Setting the
    // low bit changes neither the count nor the bit length.
    let v = value | 1
    let estimate = ((64 &- v.leadingZeroBitCount) &* 1233) >> 12
    let power = powersOfTen.withUnsafeBufferPointer { $0[estimate] }
    return v >= power ? estimate &+ 1 : estimate
  }

  /// 10^n at index n, for n in 0...19.
  private static let powersOfTen: [UInt64] = [
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000,
    1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000,
    1_000_000_000_000_000_000, 10_000_000_000_000_000_000,
  ]

  /// Writes the `count` (1...20) decimal digits of `value < 10^count` at `out`, and possibly
  /// scratch in the 8 bytes after them.
  @inline(__always)
  static func write(_ value: UInt64, count: Int, at out: UnsafeMutablePointer<UInt8>) {
    if count <= 8 {
      store(eightDigits(UInt32(truncatingIfNeeded: value)) &>> (64 &- 8 &* count), at: out)
      return
    }
    let high = value / 100_000_000
    let low = UInt32(truncatingIfNeeded: value &- high &* 100_000_000)
    if count <= 16 {
      store(eightDigits(UInt32(truncatingIfNeeded: high)) &>> (128 &- 8 &* count), at: out)
    } else {
      let top = high / 100_000_000
      store(eightDigits(UInt32(truncatingIfNeeded: top)) &>> (192 &- 8 &* count), at: out)
      store(eightDigits(UInt32(truncatingIfNeeded: high &- top &* 100_000_000)), at: out + (count &- 16))
    }
    store(eightDigits(low), at: out + (count &- 8))
  }

  /// Writes the `count` (1...17) decimal digits of `value < 10^count` at `out`, as `write`
  /// does, without a branch between the 16 and 17 digits most doubles have.
  @inline(__always)
  private static func writeSignificand(_ value: UInt64, count: Int, at out: UnsafeMutablePointer<UInt8>) {
    guard count >= 16 else { return write(value, count: count, at: out) }
    let high = value / 100_000_000
    let top = high / 100_000_000
    let extra = count &- 16
    // The 17th digit, overwritten by the next store when there are 16.
    out[0] = UInt8(truncatingIfNeeded: top) &+ 0x30
    store(eightDigits(UInt32(truncatingIfNeeded: high &- top &* 100_000_000)), at: out + extra)
    store(eightDigits(UInt32(truncatingIfNeeded: value &- high &* 100_000_000)), at: out + (extra &+ 8))
  }

  /// The 8 decimal digits of `n < 10^8` as ASCII in one word whose bytes, stored little-endian,
  /// read most significant first: computed side by side (Paul Khuong's technique), in two
  /// 4-digit halves, four 2-digit quarters, then eight bytes.
  @inline(__always)
  private static func eightDigits(_ n: UInt32) -> UInt64 {
    let high = n / 10_000
    let fours = UInt64(high) | UInt64(n &- high &* 10_000) << 32
    let hundreds = ((fours &* 10_486) >> 20) & 0x0000_007F_0000_007F
    let pairs = hundreds | (fours &- hundreds &* 100) << 16
    let tens = ((pairs &* 103) >> 10) & 0x000F_000F_000F_000F
    let singles = tens | (pairs &- tens &* 10) << 8
    return singles | 0x3030_3030_3030_3030
  }

  /// Stores `word`'s 8 bytes at `out`, least significant first.
  @inline(__always)
  private static func store(_ word: UInt64, at out: UnsafeMutablePointer<UInt8>) {
    UnsafeMutableRawPointer(out).storeBytes(of: word.littleEndian, as: UInt64.self)
  }

  /// Copies `text`'s UTF-8 to `out` and returns its length.
  @inline(__always)
  private static func put(_ text: StaticString, at out: UnsafeMutablePointer<UInt8>) -> Int {
    let count = text.utf8CodeUnitCount
    out.update(from: text.utf8Start, count: count)
    return count
  }
}
