/// A CSV file of numbers, read whole through a `CSVReader`: an optional header line, then rows
/// of equally many comma-separated numbers (blank lines skipped, spaces around fields allowed).
///
/// Numbers are read with `strtod` (correctly rounded, as Python's `float()`), so `nan` and
/// `inf` read as such; callers decide whether they are allowed. Given `keeping` column names and
/// a header, only those columns are read (others may hold anything). Memory is bounded: at most
/// `maximumValues` numbers kept, as many rows, and lines of at most `maximumLineBytes` bytes.
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
    let reader: CSVReader
    do {
      reader = try CSVReader(path: path, name: displayName, maximumRecordBytes: maximumLineBytes)
    } catch {
      throw SpecError(errorPath, error.description)
    }
    return try read(reader, errorPath: errorPath, maximumValues: maximumValues, keeping: keeping)
  }

  /// Parses `text` as a whole file named `displayName`.
  public static func parse(
    _ text: String, displayName: String, errorPath: String, maximumValues: Int, keeping: [String]? = nil
  ) throws(SpecError) -> NumericTable {
    let reader = CSVReader(text: text, name: displayName, maximumRecordBytes: maximumLineBytes)
    return try read(reader, errorPath: errorPath, maximumValues: maximumValues, keeping: keeping)
  }

  private static func read(
    _ reader: CSVReader, errorPath: String, maximumValues: Int, keeping: [String]?
  ) throws(SpecError) -> NumericTable {
    let keeping = keeping.map { Set($0.map { $0.lowercased() }) }
    var table = NumericTable()
    var kept: [Bool]?
    var fieldCount = 0
    var first = true
    while true {
      let next: CSVRecord?
      do {
        next = try reader.next()
      } catch {
        throw SpecError(errorPath, error.description)
      }
      guard let record = next else { return table }
      func error(_ message: String) -> SpecError {
        SpecError(errorPath, "\(reader.name):\(record.line): \(message)")
      }
      var failed: Int?
      for f in 0..<record.count where kept.map({ f >= $0.count || $0[f] }) ?? true {
        if record.double(f) == nil {
          failed = f
          break
        }
      }
      if first {
        first = false
        fieldCount = record.count
        if failed != nil {
          let names = (0..<record.count).map(record.trimmedString)
          if let keeping {
            let keep = names.map { keeping.contains($0.lowercased()) }
            kept = keep
            table.header = zip(names, keep).filter(\.1).map(\.0)
          } else {
            table.header = names
          }
          table.columns = table.header?.count ?? 0
          continue
        }
        table.columns = record.count
      }
      guard record.count == fieldCount else {
        throw error("expected \(fieldCount) columns\(table.header == nil ? " (as on the first line)" : " (as in the header)"), got \(record.count)")
      }
      if let f = failed {
        let t = DisplayText.excerpt(record.trimmedString(f), limit: 40)
        throw error(t.isEmpty ? "column \(f + 1) is empty" : "column \(f + 1): '\(t)' is not a number")
      }
      guard table.values.count + table.columns <= maximumValues else {
        throw error("more than \(maximumValues) numbers in the file")
      }
      guard table.lines.count < maximumValues else {
        throw error("more than \(maximumValues) rows in the file")
      }
      for f in 0..<record.count where kept.map({ $0[f] }) ?? true {
        table.values.append(record.double(f) ?? .nan)
      }
      table.lines.append(record.line)
    }
  }

  /// The index of the header column named `name` (case-insensitively, spaces trimmed).
  public func column(named name: String) -> Int? {
    header?.firstIndex { $0.lowercased() == name.lowercased() }
  }

  /// The number at `row`, `column`.
  public subscript(row: Int, column: Int) -> Double { values[row * columns + column] }
}
