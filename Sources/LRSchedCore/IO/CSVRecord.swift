/// One record of a `CSVReader`: its fields, unquoted, and the line it starts on.
///
/// A record views the reader's buffer: it is valid only until the reader's next `next()` call.
/// Each field is followed in that buffer by a byte no number continues with (a NUL, the
/// separator or a line end), so numbers parse without copying.
public struct CSVRecord {
  /// The 1-based line of the input the record starts on.
  public let line: Int
  /// The number of fields.
  public let count: Int
  let base: UnsafePointer<UInt8>
  let ranges: UnsafePointer<Range<Int>>
  /// Each field's value when the reader already read it as a plain decimal, else NaN; `nil`
  /// when the reader read none.
  let values: UnsafePointer<Double>?

  /// Field `i`'s bytes, without its quotes.
  public func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
    let r = ranges[i]
    return UnsafeBufferPointer(start: base + r.lowerBound, count: r.count)
  }

  /// Field `i` as text.
  public func string(_ i: Int) -> String {
    String(decoding: bytes(i), as: UTF8.self)
  }

  /// Field `i` as text without leading and trailing spaces and tabs.
  public func trimmedString(_ i: Int) -> String {
    let r = trimmedRange(i)
    return String(decoding: UnsafeBufferPointer(start: base + r.lowerBound, count: r.count), as: UTF8.self)
  }

  /// Every field as text.
  public var strings: [String] { (0..<count).map(string) }

  /// Whether field `i` is empty once spaces and tabs are trimmed.
  public func isEmpty(_ i: Int) -> Bool { trimmedRange(i).isEmpty }

  /// Field `i` as a number (spaces and tabs around it allowed), read as C's `strtod` does: correctly
  /// rounded, `nan` and `inf` accepted; `nil` for an empty field or one with anything else in it.
  public func double(_ i: Int) -> Double? {
    if let values, !values[i].isNaN { return values[i] }
    let r = trimmedRange(i)
    return DecimalParser.value(base + r.lowerBound, count: r.count)
  }

  private func trimmedRange(_ i: Int) -> Range<Int> {
    var lo = ranges[i].lowerBound
    var hi = ranges[i].upperBound
    while lo < hi && (base[lo] == 0x20 || base[lo] == 0x09) { lo += 1 }
    while hi > lo && (base[hi - 1] == 0x20 || base[hi - 1] == 0x09) { hi -= 1 }
    return lo..<hi
  }
}
