/// A CSV file of numbers, read whole: an optional header line, then rows of equally many
/// comma-separated numbers (blank lines skipped, spaces around fields allowed).
///
/// Numbers are read with `strtod` (correctly rounded, as Python's `float()`), so `nan` and
/// `inf` read as such; callers decide whether they are allowed. Given `keeping` column names and
/// a header, only those columns are read (others may hold anything). Memory is bounded: at most
/// `maximumValues` numbers and lines of at most `maximumLineBytes` bytes.
public struct NumericTable: Sendable {
  /// The longest line accepted.
  public static let maximumLineBytes = 1 << 20

  /// The header's column names, when the first line is not all numbers.
  public private(set) var header: [String]?
  /// Numbers per row.
  public private(set) var columns = 0
  /// Every row's numbers, row after row.
  public private(set) var values: [Double] = []
  /// The 1-based line number of each row, for messages.
  public private(set) var lines: [Int] = []

  /// The number of rows.
  public var rows: Int { lines.count }

  /// Reads the file at `path`; errors are reported at `errorPath` and name `displayName`.
  public static func read(
    path: String, displayName: String, errorPath: String, maximumValues: Int, keeping: [String]? = nil
  ) throws(SpecError) -> NumericTable {
    var parser = Parser(name: displayName, errorPath: errorPath, maximumValues: maximumValues, keeping: keeping)
    if let failure = try Libm.readFile(atPath: path, { (b) throws(SpecError) in try parser.feed(b[...]) }) {
      throw SpecError(errorPath, "\(displayName): \(failure)")
    }
    return try parser.finish()
  }

  /// Parses `text` as a whole file named `displayName`.
  public static func parse(
    _ text: String, displayName: String, errorPath: String, maximumValues: Int, keeping: [String]? = nil
  ) throws(SpecError) -> NumericTable {
    var parser = Parser(name: displayName, errorPath: errorPath, maximumValues: maximumValues, keeping: keeping)
    let bytes = Array(text.utf8)
    try bytes.withUnsafeBufferPointer { b throws(SpecError) in try parser.feed(b[...]) }
    return try parser.finish()
  }

  /// The index of the header column named `name` (case-insensitively, spaces trimmed).
  public func column(named name: String) -> Int? {
    header?.firstIndex { $0.lowercased() == name.lowercased() }
  }

  /// The number at `row`, `column`.
  public subscript(row: Int, column: Int) -> Double { values[row * columns + column] }

  /// Splits bytes into lines and lines into numbers.
  struct Parser {
    let name: String
    let errorPath: String
    let maximumValues: Int
    let keeping: Set<String>?
    /// Which of a line's fields are kept, once a header chose them.
    var kept: [Bool]?
    var fieldCount = 0
    var table = NumericTable()
    var line: [UInt8] = []
    var lineNumber = 0
    var sawFirst = false
    var fields: [Double] = []
    var trimmed: [Range<Int>] = []

    init(name: String, errorPath: String, maximumValues: Int, keeping: [String]?) {
      self.name = name
      self.errorPath = errorPath
      self.maximumValues = maximumValues
      self.keeping = keeping.map { Set($0.map { $0.lowercased() }) }
    }

    func error(_ message: String) -> SpecError {
      SpecError(errorPath, "\(name):\(lineNumber): \(message)")
    }

    mutating func feed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) throws(SpecError) {
      for byte in bytes {
        if byte == 0x0A {
          lineNumber += 1
          try endLine()
          line.removeAll(keepingCapacity: true)
        } else {
          guard line.count < NumericTable.maximumLineBytes else {
            lineNumber += 1
            throw error("a line longer than \(NumericTable.maximumLineBytes) bytes")
          }
          line.append(byte)
        }
      }
    }

    mutating func finish() throws(SpecError) -> NumericTable {
      if !line.isEmpty {
        lineNumber += 1
        try endLine()
      }
      return table
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D }

    private mutating func endLine() throws(SpecError) {
      guard line.contains(where: { !Self.isSpace($0) }) else { return }
      line.append(0)
      defer { line.removeLast() }
      fields.removeAll(keepingCapacity: true)
      trimmed.removeAll(keepingCapacity: true)
      var failed: Int?
      line.withUnsafeBufferPointer { buf in
        guard let base = buf.baseAddress else { return }
        let end = buf.count - 1
        var start = 0
        while true {
          var stop = start
          while stop < end && buf[stop] != 0x2C { stop += 1 }
          var lo = start
          var hi = stop
          while lo < hi && Self.isSpace(buf[lo]) { lo += 1 }
          while hi > lo && Self.isSpace(buf[hi - 1]) { hi -= 1 }
          trimmed.append(lo..<hi)
          var parsedEnd: UnsafeMutablePointer<CChar>?
          let p = UnsafeRawPointer(base + lo).assumingMemoryBound(to: CChar.self)
          let column = trimmed.count - 1
          if let kept, column < kept.count, !kept[column] {
            fields.append(0)
          } else {
            let v = lo < hi ? Libm.readDouble(p, end: &parsedEnd) : 0
            let consumed = parsedEnd.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? lo
            if (lo == hi || consumed != hi) && failed == nil { failed = fields.count }
            fields.append(v)
          }
          if stop >= end { break }
          start = stop + 1
        }
      }
      if !sawFirst {
        sawFirst = true
        if failed != nil {
          let names = trimmed.map { String(decoding: line[$0], as: UTF8.self) }
          fieldCount = names.count
          if let keeping {
            let keep = names.map { keeping.contains($0.lowercased()) }
            kept = keep
            table.header = zip(names, keep).filter(\.1).map(\.0)
          } else {
            table.header = names
          }
          table.columns = table.header?.count ?? 0
          return
        }
        fieldCount = fields.count
        table.columns = fields.count
      }
      guard fields.count == fieldCount else {
        throw error("expected \(fieldCount) columns\(table.header == nil ? " (as on the first line)" : " (as in the header)"), got \(fields.count)")
      }
      if let f = failed {
        let t = String(decoding: line[trimmed[f]].prefix(40), as: UTF8.self)
        throw error(t.isEmpty ? "column \(f + 1) is empty" : "column \(f + 1): '\(t)' is not a number")
      }
      guard table.values.count + table.columns <= maximumValues else {
        throw error("more than \(maximumValues) numbers in the file")
      }
      if let kept {
        for (v, keep) in zip(fields, kept) where keep { table.values.append(v) }
      } else {
        table.values.append(contentsOf: fields)
      }
      table.lines.append(lineNumber)
    }
  }
}
