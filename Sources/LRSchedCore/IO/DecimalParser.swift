/// Reads decimal text as the nearest double, exactly as C's `strtod` does, without its cost in
/// the common case.
///
/// Plain decimals (`[+-]digits[.digits][(e|E)[+-]digits]`, at least one digit, as Python and
/// `simulate` write them: `0.1`, `1e-05`, `-0.0`, `1e+16`, `0.09999975326009292`) are read by
/// Clinger's exact fast path (up to 2^53 times a power of ten up to 10^22) or by the
/// Eisel-Lemire algorithm (a 64-by-128-bit product with the power of ten, accepted only when it
/// cannot round differently from the exact value; a mantissa of more than 19 digits is accepted
/// only when its rounding down and up give the same double). Everything else, and the few cases
/// those cannot decide (subnormal results, overflow, near-halfway products), goes to `strtod`,
/// so the result is always `strtod`'s, bit for bit.
public enum DecimalParser {
  /// The double `strtod` reads from the whole of `count` bytes at `start`, or `nil` when those
  /// bytes are empty or are not entirely one number (`nan`, `inf`, hexadecimal floats and leading
  /// whitespace read as `strtod` reads them). `start[count]` must be readable and a byte no
  /// number continues with (a NUL, a space, a tab, a comma, a line end): `strtod` stops there.
  public static func value(_ start: UnsafePointer<UInt8>, count: Int) -> Double? {
    guard count > 0 else { return nil }
    if let v = plainValue(start, count: count) { return v }
    return start.withMemoryRebound(to: CChar.self, capacity: count + 1) { text in
      var end: UnsafeMutablePointer<CChar>?
      let v = Libm.readDouble(text, end: &end)
      guard let end, end == UnsafeMutablePointer(mutating: text + count) else { return nil }
      return v
    }
  }

  /// The double `strtod` reads from `text` as a whole, or `nil` when `text` is not one number.
  public static func value(_ text: some StringProtocol) -> Double? {
    var bytes = Array(text.utf8)
    let count = bytes.count
    guard !bytes.contains(0) else { return nil }
    bytes.append(0)
    return bytes.withUnsafeBufferPointer { b in
      b.baseAddress.flatMap { value($0, count: count) }
    }
  }

  /// The correctly rounded value of `count` bytes at `start` when they are a plain decimal that
  /// the fast paths decide; `nil` otherwise (not a plain decimal, or a case left to `strtod`).
  static func plainValue(_ start: UnsafePointer<UInt8>, count: Int) -> Double? {
    let (length, value) = plainPrefix(start, count: count)
    return length == count ? value : nil
  }

  /// The longest plain decimal at the start of `count` bytes at `start`: how many bytes it
  /// takes, and its correctly rounded value when the fast paths decide it (`nil` when they do
  /// not, when it has no digit, or when an exponent marker has no digits after it).
  static func plainPrefix(_ start: UnsafePointer<UInt8>, count: Int) -> (length: Int, value: Double?) {
    guard count > 0 else { return (0, nil) }
    var i = 0
    let sign = start[0]
    if sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { i = 1 }
    let digitsStart = i
    // Every digit goes into the mantissa (wrapping); past 19 significant digits it is recomputed.
    var mantissa: UInt64 = 0
    readDigits(start, &i, count: count, into: &mantissa)
    var digits = i - digitsStart
    var exponent = 0
    if i < count && start[i] == UInt8(ascii: ".") {
      i += 1
      let fractionStart = i
      readDigits(start, &i, count: count, into: &mantissa)
      exponent = fractionStart - i
      digits += i - fractionStart
    }
    guard digits > 0 else { return (i, nil) }
    if i < count && (start[i] | 0x20) == UInt8(ascii: "e") {
      i += 1
      var negativeExponent = false
      if i < count && (start[i] == UInt8(ascii: "-") || start[i] == UInt8(ascii: "+")) {
        negativeExponent = start[i] == UInt8(ascii: "-")
        i += 1
      }
      let exponentStart = i
      var written = 0
      while i < count {
        let d = start[i] &- UInt8(ascii: "0")
        guard d < 10 else { break }
        if written < 100_000 { written = written * 10 + Int(d) }
        i += 1
      }
      guard i > exponentStart else { return (i, nil) }
      exponent += negativeExponent ? -written : written
    }
    let negative = sign == UInt8(ascii: "-")
    if digits > 19 {
      var leadingZeros = 0
      var k = digitsStart
      while k < i && (start[k] == UInt8(ascii: "0") || start[k] == UInt8(ascii: ".")) {
        if start[k] == UInt8(ascii: "0") { leadingZeros += 1 }
        k += 1
      }
      if digits - leadingZeros > 19 { return (i, longValue(start, count: i, negative: negative)) }
    }
    return (i, value(mantissa: mantissa, exponent: exponent, truncated: false, negative: negative))
  }

  /// Appends the digits at `start[i...]` (before `count`) to `mantissa` (wrapping), moving `i`
  /// past them: eight at a time while eight bytes are all digits, then one at a time.
  @inline(__always)
  private static func readDigits(_ start: UnsafePointer<UInt8>, _ i: inout Int, count: Int, into mantissa: inout UInt64) {
    while count - i >= 8 {
      let word = UInt64(littleEndian: UnsafeRawPointer(start + i).loadUnaligned(as: UInt64.self))
      // Eight digits: each byte's high nibble is 3, and adding 6 does not carry out of it.
      guard (word & 0xF0F0_F0F0_F0F0_F0F0) | (((word &+ 0x0606_0606_0606_0606) & 0xF0F0_F0F0_F0F0_F0F0) >> 4)
        == 0x3333_3333_3333_3333
      else { break }
      mantissa = mantissa &* 100_000_000 &+ eightDigitsValue(word &- 0x3030_3030_3030_3030)
      i += 8
    }
    while i < count {
      let d = start[i] &- UInt8(ascii: "0")
      guard d < 10 else { return }
      mantissa = mantissa &* 10 &+ UInt64(d)
      i += 1
    }
  }

  /// The value of eight digits 0...9, one a byte, the first byte the most significant.
  @inline(__always)
  private static func eightDigitsValue(_ word: UInt64) -> UInt64 {
    // Pairs, then fours, then all eight.
    let pairs = (word &* 10) &+ (word >> 8)
    let low = pairs & 0x0000_00FF_0000_00FF
    let high = (pairs >> 16) & 0x0000_00FF_0000_00FF
    return ((low &* (100 &+ (1_000_000 << 32))) &+ (high &* (1 &+ (10_000 << 32)))) >> 32
  }

  /// The value of a plain decimal with more than 19 significant digits: the first 19 are the
  /// mantissa, and the rest only tell whether it was cut short.
  private static func longValue(_ start: UnsafePointer<UInt8>, count: Int, negative: Bool) -> Double? {
    var i = negative || start[0] == UInt8(ascii: "+") ? 1 : 0
    var mantissa: UInt64 = 0
    var digits = 0
    var exponent = 0
    var truncated = false
    var fraction = false
    while i < count {
      let b = start[i]
      if b == UInt8(ascii: ".") {
        fraction = true
        i += 1
        continue
      }
      let d = b &- UInt8(ascii: "0")
      guard d < 10 else { break }
      if digits < 19 {
        mantissa = mantissa &* 10 &+ UInt64(d)
        if mantissa != 0 { digits += 1 }
        if fraction { exponent -= 1 }
      } else {
        if !fraction { exponent += 1 }
        if d != 0 { truncated = true }
      }
      i += 1
    }
    if i < count {
      // The exponent part, already checked by `plainPrefix`.
      i += 1
      var negativeExponent = false
      if start[i] == UInt8(ascii: "-") || start[i] == UInt8(ascii: "+") {
        negativeExponent = start[i] == UInt8(ascii: "-")
        i += 1
      }
      var written = 0
      while i < count {
        if written < 100_000 { written = written * 10 + Int(start[i] &- UInt8(ascii: "0")) }
        i += 1
      }
      exponent += negativeExponent ? -written : written
    }
    return value(mantissa: mantissa, exponent: exponent, truncated: truncated, negative: negative)
  }

  /// `mantissa` × 10^`exponent`, negated when `negative`, correctly rounded; when `truncated`,
  /// the mantissa was cut short and the value is accepted only if rounding its successor gives
  /// the same double. `nil` for the cases left to `strtod`.
  private static func value(mantissa: UInt64, exponent: Int, truncated: Bool, negative: Bool) -> Double? {
    if mantissa == 0 { return negative ? -0.0 : 0.0 }
    if !truncated && mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
      let m = Double(mantissa)
      let v = exponent < 0 ? m / exactPowersOfTen[-exponent] : m * exactPowersOfTen[exponent]
      return negative ? -v : v
    }
    guard let v = eiselLemire(mantissa, exponent) else { return nil }
    if truncated {
      guard let up = eiselLemire(mantissa + 1, exponent), up == v else { return nil }
    }
    return negative ? -v : v
  }

  /// 10^0 ... 10^22, each exact in a double.
  private static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// `mantissa` × 10^`exponent` (mantissa > 0) correctly rounded to a normal double, or `nil`
  /// when the 128-bit product cannot tell how it rounds, or the result is subnormal, infinite
  /// or out of the table's range.
  static func eiselLemire(_ mantissa: UInt64, _ exponent: Int) -> Double? {
    guard exponent >= PowersOfTen.smallestExponent, exponent <= PowersOfTen.largestExponent else { return nil }
    let shift = mantissa.leadingZeroBitCount
    let m = mantissa << UInt64(shift)
    // floor(exponent * log2(10)) + 64 + the exponent bias, less the normalization shift.
    var binaryExponent = ((217_706 * exponent) >> 16) + 64 + 1023 - shift
    let index = 2 * (exponent - PowersOfTen.smallestExponent)
    let powerHigh = PowersOfTen.significands[index]
    var (high, low) = m.multipliedFullWidth(by: powerHigh)
    if high & 0x1FF == 0x1FF && low &+ m < m {
      // The truncated power may hide a carry into the kept bits: add the low word's product.
      let (carryHigh, carryLow) = m.multipliedFullWidth(by: PowersOfTen.significands[index + 1])
      var mergedHigh = high
      let mergedLow = low &+ carryHigh
      if mergedLow < low { mergedHigh &+= 1 }
      if mergedHigh & 0x1FF == 0x1FF && mergedLow == UInt64.max && carryLow &+ m < m { return nil }
      high = mergedHigh
      low = mergedLow
    }
    let top = high >> 63
    var significand = high >> (top + 9)
    binaryExponent -= Int(1 ^ top)
    if low == 0 && high & 0x1FF == 0 && significand & 3 == 1 { return nil }
    significand += significand & 1
    significand >>= 1
    if significand >> 53 > 0 {
      significand >>= 1
      binaryExponent += 1
    }
    guard binaryExponent >= 1, binaryExponent <= 0x7FE else { return nil }
    return Double(bitPattern: UInt64(binaryExponent) << 52 | significand & 0x000F_FFFF_FFFF_FFFF)
  }
}
