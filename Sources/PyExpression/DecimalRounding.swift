/// Python's two-argument `round(x, ndigits)`.
///
/// For a float this is CPython's `double_round`: the exact binary value is
/// rounded, half to even, to a multiple of 10**-ndigits as a decimal string,
/// which is then read back with correct rounding. Positive `ndigits` use the
/// C library's exact `%.*f` conversion; negative ones round the exact
/// integer digits. For an int the result is the int nearest to a multiple of
/// 10**-ndigits, half to even, exact at any size.
enum DecimalRounding {
  /// CPython's `NDIGITS_MAX`: beyond it every double rounds to itself.
  private static let maximumDigits = 323
  /// CPython's `NDIGITS_MIN`: below it every double rounds to a zero.
  private static let minimumDigits = -308

  static func round(_ value: Double, digits: Int) throws(ExpressionError) -> Double {
    if !value.isFinite || digits > maximumDigits { return value }
    if digits < minimumDigits { return 0.0 * value }
    let text =
      digits >= 0
      ? Libm.fixedPoint(value, fractionDigits: digits)
      : roundedIntegerDigits(value, droppedDigits: -digits)
    guard let rounded = Double(text) else {
      throw ExpressionError("round() produced an unreadable number '\(text)'")
    }
    if rounded.isInfinite { throw ExpressionError("rounded value too large to represent") }
    return rounded
  }

  /// `round(value, digits)` for an `int` in `Int`; `nil` when the result
  /// does not fit.
  static func round(_ value: Int, digits: Int) -> Int? {
    if digits >= 0 { return value }
    if digits < -19 { return 0 }
    let dropped = -digits
    var unit: UInt64 = 1
    for _ in 0..<dropped { unit *= 10 }
    let magnitude = UInt64(value.magnitude)
    var quotient = magnitude / unit
    let rest = magnitude % unit
    if rest > unit - rest || (rest == unit - rest && quotient & 1 == 1) { quotient += 1 }
    let (result, overflow) = quotient.multipliedReportingOverflow(by: unit)
    guard !overflow, result <= UInt64(Int.max) else { return nil }
    return value < 0 ? -Int(result) : Int(result)
  }

  /// `round(value, digits)` for an `int` of any size: the nearest multiple
  /// of 10**-digits, ties to even (CPython's `_PyLong_DivmodNear`).
  static func round(_ value: BigInt, digits: Int) throws(ExpressionError) -> PyValue {
    if digits >= 0 { return .integer(value) }
    if digits < -(value.bitWidth / 3 + 2) { return .int(0) }
    guard let unit = BigInt(10).power(-digits, maximumBitWidth: .max) else { return .int(0) }
    var (quotient, remainder) = value.flooredDivision(by: unit)
    let order = BigInt.compare(remainder + remainder, unit)
    if order > 0 || (order == 0 && quotient.isOdd) { quotient = quotient + BigInt(1) }
    return try Arithmetic.bounded(quotient * unit)
  }

  /// The decimal digits of `value` rounded, half to even, to a multiple of
  /// 10**droppedDigits, with its sign.
  private static func roundedIntegerDigits(_ value: Double, droppedDigits: Int) -> String {
    let whole = value.magnitude.rounded(.towardZero)
    let inexact = whole != value.magnitude
    let digits = Array(Libm.fixedPoint(whole, fractionDigits: 0).utf8).map { Int($0) - 48 }
    let sign = value.sign == .minus ? "-" : ""
    guard droppedDigits <= digits.count else { return sign + "0" }
    var kept = Array(digits[0..<(digits.count - droppedDigits)])
    let removed = digits[(digits.count - droppedDigits)...]
    let first = removed.first ?? 0
    let restNonzero = inexact || removed.dropFirst().contains { $0 != 0 }
    let lastKeptOdd = (kept.last ?? 0) % 2 == 1
    if first > 5 || (first == 5 && (restNonzero || lastKeptOdd)) {
      var index = kept.count - 1
      while index >= 0 && kept[index] == 9 {
        kept[index] = 0
        index -= 1
      }
      if index >= 0 { kept[index] += 1 } else { kept.insert(1, at: 0) }
    }
    if kept.isEmpty { return sign + "0" }
    let zeros = String(repeating: "0", count: droppedDigits)
    return sign + kept.map(String.init).joined() + zeros
  }
}
