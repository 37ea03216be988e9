/// Reads CSV records from a byte source incrementally, holding one record (and one chunk) at a time.
///
/// RFC 4180 fields: quoted fields may hold separators, newlines and `""` for a quote. Lines end
/// in LF or CRLF; a leading UTF-8 BOM is dropped and UTF-16 refused (`TextEncoding`); blank lines (only spaces and tabs) are
/// skipped. The first record is returned like any other: callers treat it as the header.
/// A record longer than `maximumRecordBytes`, an unclosed quote, text after a closing quote
/// and read errors throw a `CSVError` naming the input and the line.
public final class CSVReader {
  /// The default longest record, in bytes.
  public static let defaultMaximumRecordBytes = 1 << 20

  /// The input's name in errors.
  public let name: String
  public let maximumRecordBytes: Int
  /// The separator; `.detect` is resolved once the first record is read.
  public private(set) var separator: CSVSeparator
  private var source: any ByteSource
  // Unchecked exclusivity: only the reader's own methods touch its state, never reentrantly.
  @exclusivity(unchecked) private var buffer: UnsafeMutablePointer<UInt8>
  @exclusivity(unchecked) private var capacity: Int
  @exclusivity(unchecked) private var start = 0
  @exclusivity(unchecked) private var filled = 0
  @exclusivity(unchecked) private var atEnd = false
  @exclusivity(unchecked) private var nextLine = 1
  @exclusivity(unchecked) private var readFirst = false
  @exclusivity(unchecked) private var ranges: UnsafeMutablePointer<Range<Int>>
  /// Each field's value when the one-pass path read it as a plain decimal, else NaN.
  @exclusivity(unchecked) private var values: UnsafeMutablePointer<Double>
  @exclusivity(unchecked) private var rangeCapacity = 16
  /// The separator's byte, once the first record has resolved `.detect`.
  @exclusivity(unchecked) private var separatorByte: UInt8 = 0x2C

  private static let quote = UInt8(ascii: "\"")
  private static let newline = UInt8(ascii: "\n")
  private static let chunk = 1 << 16

  public init(
    source: some ByteSource, name: String, separator: CSVSeparator = .comma,
    maximumRecordBytes: Int = CSVReader.defaultMaximumRecordBytes
  ) {
    self.source = source
    self.name = name
    self.separator = separator
    self.maximumRecordBytes = max(maximumRecordBytes, 1)
    capacity = Self.chunk + 1
    buffer = .allocate(capacity: capacity)
    ranges = .allocate(capacity: rangeCapacity)
    values = .allocate(capacity: rangeCapacity)
  }

  /// A reader of the file at `path` (standard input for `-` when `dashIsStandardInput`), named
  /// `name` (default: the path) in errors.
  public convenience init(
    path: String, name: String? = nil, dashIsStandardInput: Bool = false, separator: CSVSeparator = .comma,
    maximumRecordBytes: Int = CSVReader.defaultMaximumRecordBytes
  ) throws(CSVError) {
    let source: FileByteSource
    do {
      source = try FileByteSource(path: path, dashIsStandardInput: dashIsStandardInput)
    } catch {
      throw CSVError(name: name ?? path, line: nil, message: error.reason)
    }
    self.init(source: source, name: name ?? path, separator: separator, maximumRecordBytes: maximumRecordBytes)
  }

  /// A reader of `text`.
  public convenience init(
    text: String, name: String, separator: CSVSeparator = .comma,
    maximumRecordBytes: Int = CSVReader.defaultMaximumRecordBytes
  ) {
    self.init(source: MemoryByteSource(text), name: name, separator: separator, maximumRecordBytes: maximumRecordBytes)
  }

  deinit {
    buffer.deallocate()
    ranges.deallocate()
    values.deallocate()
  }

  /// The next non-blank record, or `nil` at the end. The record is valid until the next call.
  public func next() throws(CSVError) -> CSVRecord? {
    if readFirst, let record = nextPlainLine() { return record }
    return try nextRecord()
  }

  /// The next record when it is a whole line already in the buffer, not blank, not longer than
  /// `maximumRecordBytes` and without quotes (the common case, split in one pass without copying,
  /// the fields that are plain decimals read as numbers on the way); `nil`, with nothing
  /// consumed, for any other case.
  private func nextPlainLine() -> CSVRecord? {
    let buffer = self.buffer
    let first = start
    let filled = self.filled
    guard first < filled, buffer[first] != 0x20, buffer[first] != 0x09 else { return nil }
    let sep = separatorByte
    var ranges = self.ranges
    var values = self.values
    var count = 0
    var i = first
    while true {
      let fieldStart = i
      let (length, number) = DecimalParser.plainPrefix(buffer + i, count: filled - i)
      let numberEnd = i + length
      i = numberEnd
      while i >= filled || (buffer[i] != sep && buffer[i] != Self.newline) {
        // Separators, quotes and newlines are all below 0x2D: eight bytes at a time skip to the
        // first such byte (the lowest byte flagged below is exactly that one).
        while filled - i >= 8 {
          let word = UInt64(littleEndian: UnsafeRawPointer(buffer + i).loadUnaligned(as: UInt64.self))
          let flagged = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080
          if flagged != 0 {
            i += flagged.trailingZeroBitCount >> 3
            break
          }
          i += 8
        }
        guard i < filled else { return nil }
        let b = buffer[i]
        if b <= 0x2C {
          if b == sep || b == Self.newline { break }
          if b == Self.quote { return nil }
        }
        i += 1
      }
      var end = i
      let lineEnd = buffer[i] != sep
      if lineEnd {
        guard i - first <= maximumRecordBytes else { return nil }
        if end > first && buffer[end - 1] == 0x0D { end -= 1 }
        guard end > first, end >= fieldStart else { return nil }
      }
      ranges[count] = fieldStart..<end
      values[count] = numberEnd == end ? number ?? .nan : .nan
      count += 1
      if lineEnd { break }
      if count == rangeCapacity {
        growRanges()
        ranges = self.ranges
        values = self.values
      }
      i += 1
    }
    let line = nextLine
    start = i + 1
    nextLine = line + 1
    return CSVRecord(
      line: line, count: count, base: UnsafePointer(buffer), ranges: UnsafePointer(ranges), values: UnsafePointer(values))
  }

  /// The next non-blank record, read whatever it holds: quotes, blank lines, a record across
  /// chunks, the first record's byte-order mark and separator.
  private func nextRecord() throws(CSVError) -> CSVRecord? {
    while true {
      let line = nextLine
      var scan = start
      var inQuotes = false
      var newlines = 0
      var end = -1
      while end < 0 {
        while scan < filled {
          let b = buffer[scan]
          if b == Self.quote {
            inQuotes.toggle()
          } else if b == Self.newline {
            if !inQuotes { end = scan; break }
            newlines += 1
          }
          scan += 1
        }
        if end >= 0 { break }
        guard scan - start <= maximumRecordBytes else {
          throw CSVError(name: name, line: line, message: "a line longer than \(maximumRecordBytes) bytes")
        }
        if atEnd {
          guard scan > start else { return nil }
          end = filled
          break
        }
        scan -= start
        try refill()
      }
      guard end - start <= maximumRecordBytes else {
        throw CSVError(name: name, line: line, message: "a line longer than \(maximumRecordBytes) bytes")
      }
      var first = start
      start = min(end + 1, filled)
      nextLine += newlines + 1
      if !readFirst {
        readFirst = true
        if end - first >= 3 && buffer[first] == 0xEF && buffer[first + 1] == 0xBB && buffer[first + 2] == 0xBF { first += 3 }
        if TextEncoding.isUTF16(UnsafeBufferPointer(start: buffer + first, count: min(end - first, 4))) {
          throw CSVError(name: name, line: line, message: TextEncoding.utf16Message)
        }
        if separator == .detect {
          let bytes = UnsafeBufferPointer(start: buffer + first, count: end - first)
          separator = bytes.contains(0x09) && !bytes.contains(0x2C) ? .tab : .comma
        }
        separatorByte = separator == .tab ? 0x09 : 0x2C
      }
      var stop = end
      if stop > first && buffer[stop - 1] == 0x0D { stop -= 1 }
      var blank = true
      for i in first..<stop where buffer[i] != 0x20 && buffer[i] != 0x09 {
        blank = false
        break
      }
      if blank { continue }
      let count = try decode(first..<stop, line: line)
      return CSVRecord(line: line, count: count, base: UnsafePointer(buffer), ranges: UnsafePointer(ranges), values: nil)
    }
  }

  /// Unquotes the fields of `record` in place, NUL-terminating each, and returns how many.
  private func decode(_ record: Range<Int>, line: Int) throws(CSVError) -> Int {
    let sep: UInt8 = separator == .tab ? 0x09 : 0x2C
    let stop = record.upperBound
    var r = record.lowerBound
    var w = r
    var count = 0
    while true {
      let fieldStart = w
      if r < stop && buffer[r] == Self.quote {
        r += 1
        var closed = false
        while r < stop {
          let b = buffer[r]
          if b == Self.quote {
            if r + 1 < stop && buffer[r + 1] == Self.quote {
              buffer[w] = b
              w += 1
              r += 2
              continue
            }
            r += 1
            closed = true
            break
          }
          buffer[w] = b
          w += 1
          r += 1
        }
        guard closed else { throw CSVError(name: name, line: line, message: "field \(count + 1): a quote is never closed") }
        guard r == stop || buffer[r] == sep else {
          throw CSVError(name: name, line: line, message: "field \(count + 1): text after its closing quote")
        }
      } else {
        while r < stop && buffer[r] != sep {
          buffer[w] = buffer[r]
          w += 1
          r += 1
        }
      }
      if count == rangeCapacity { growRanges() }
      ranges[count] = fieldStart..<w
      count += 1
      buffer[w] = 0
      w += 1
      if r >= stop { return count }
      r += 1
    }
  }

  /// Moves the unread bytes to the front, grows the buffer when they fill it, and reads a chunk.
  private func refill() throws(CSVError) {
    if start > 0 {
      UnsafeMutableRawPointer(buffer).copyMemory(from: buffer + start, byteCount: filled - start)
      filled -= start
      start = 0
    }
    if capacity - 1 - filled < Self.chunk / 2 {
      let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
      grown.update(from: buffer, count: filled)
      buffer.deallocate()
      buffer = grown
      capacity *= 2
    }
    let n: Int
    do {
      n = try source.read(into: UnsafeMutableRawBufferPointer(start: buffer + filled, count: capacity - 1 - filled))
    } catch {
      throw CSVError(name: name, line: nil, message: error.reason)
    }
    if n == 0 { atEnd = true }
    filled += n
  }

  private func growRanges() {
    let grown = UnsafeMutablePointer<Range<Int>>.allocate(capacity: rangeCapacity * 2)
    grown.initialize(from: ranges, count: rangeCapacity)
    ranges.deallocate()
    ranges = grown
    let grownValues = UnsafeMutablePointer<Double>.allocate(capacity: rangeCapacity * 2)
    grownValues.initialize(from: values, count: rangeCapacity)
    values.deallocate()
    values = grownValues
    rangeCapacity *= 2
  }
}
