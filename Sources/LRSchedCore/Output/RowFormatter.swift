/// Formats simulation rows as CSV, TSV, a JSON document or JSON lines, one chunk at a time.
///
/// Numbers are written in the shortest form that reads back as the same double; the epoch column
/// is an integer when the run steps once an epoch. A row's extra values follow its momenta; a
/// `SimulationRow.missing` one is an empty CSV/TSV field or a JSON `null`. Rows are written
/// straight into the caller's memory by `DecimalWriter`, with no allocation per row.
public struct RowFormatter: Sendable {
  public let format: OutputFormat
  /// All columns: `step`, `epoch`, then the value columns.
  public let columns: [String]

  /// `, "<column>": ` for each value column, as UTF-8, one after another.
  private let jsonKeys: [UInt8]
  /// Where each value column's key starts in `jsonKeys`, then where the last one ends.
  private let jsonKeyStarts: [Int]
  /// The most bytes one value and the key or separator before it can touch.
  private let valueWidth: Int

  public init(format: OutputFormat, valueColumns: [String]) {
    self.format = format
    self.columns = ["step", "epoch"] + valueColumns
    var keys: [UInt8] = []
    var starts = [0]
    for column in valueColumns {
      keys += Array(", \(JSONWriter.quote(column)): ".utf8)
      starts.append(keys.count)
    }
    jsonKeys = keys
    jsonKeyStarts = starts
    let longestKey = zip(starts.dropFirst(), starts).map { $0 - $1 }.max() ?? 0
    valueWidth = DecimalWriter.bytesNeeded + max(1, longestKey)
  }

  /// The text before the first row.
  public var header: String {
    switch format {
    case .csv: return columns.joined(separator: ",") + "\n"
    case .tsv: return columns.joined(separator: "\t") + "\n"
    case .json: return "[\n"
    case .jsonl: return ""
    }
  }

  /// The text after the last row.
  public var footer: String {
    format == .json ? "\n]\n" : ""
  }

  /// Appends `row` to `out`: the streaming path.
  public func append(_ row: borrowing SimulationRow, to out: ByteBuffer) {
    out.commit(write(row, at: out.reserve(maximumBytes(row))))
  }

  /// Appends `row`'s UTF-8 text to `out`.
  public func append(_ row: borrowing SimulationRow, to out: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumBytes(row)) { buffer in
      guard let base = buffer.baseAddress else { return }
      out.append(contentsOf: UnsafeBufferPointer(start: base, count: write(row, at: base)))
    }
  }

  /// Appends `row` to `out`.
  public func append(_ row: borrowing SimulationRow, to out: inout String) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: maximumBytes(row)) { buffer in
      guard let base = buffer.baseAddress else { return }
      out += String(decoding: UnsafeBufferPointer(start: base, count: write(row, at: base)), as: UTF8.self)
    }
  }

  /// The most bytes `write` can touch for `row`: the step, the epoch and what surrounds them,
  /// then each value with its key or separator.
  @inline(__always)
  private func maximumBytes(_ row: borrowing SimulationRow) -> Int {
    96 &+ (row.lrs.count &+ row.momenta.count &+ row.extras.count) &* valueWidth
  }

  /// Writes `row` at `out`, which has room for `maximumBytes(row)`, and returns the bytes written.
  private func write(_ row: borrowing SimulationRow, at out: UnsafeMutablePointer<UInt8>) -> Int {
    var p = out
    switch format {
    case .csv, .tsv:
      let separator = format == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")
      p += DecimalWriter.integer(row.step, into: p)
      p[0] = separator
      p += 1
      p += DecimalWriter.compact(row.epoch, into: p)
      for v in row.lrs {
        p[0] = separator
        p += 1 &+ DecimalWriter.shortest(v, into: p + 1)
      }
      for v in row.momenta {
        p[0] = separator
        p += 1 &+ DecimalWriter.shortest(v, into: p + 1)
      }
      for v in row.extras {
        p[0] = separator
        p += 1
        if !SimulationRow.isMissing(v) { p += DecimalWriter.shortest(v, into: p) }
      }
      p[0] = UInt8(ascii: "\n")
      p += 1
    case .json, .jsonl:
      let document = format == .json
      if document && row.step > 0 { p += Self.put(",\n", at: p) }
      p += Self.put(document ? "  {\"step\": " : "{\"step\": ", at: p)
      p += DecimalWriter.integer(row.step, into: p)
      p += Self.put(", \"epoch\": ", at: p)
      p += DecimalWriter.compact(row.epoch, into: p)
      var k = 0
      jsonKeys.withUnsafeBufferPointer { keys in
        func value(_ v: Double) {
          let start = jsonKeyStarts[k]
          let length = jsonKeyStarts[k + 1] - start
          if let key = keys.baseAddress { p.update(from: key + start, count: length) }
          p += length
          p += v.isFinite ? DecimalWriter.shortest(v, into: p) : Self.put("null", at: p)
          k += 1
        }
        for v in row.lrs { value(v) }
        for v in row.momenta { value(v) }
        for v in row.extras { value(v) }
      }
      p += Self.put(document ? "}" : "}\n", at: p)
    }
    return out.distance(to: p)
  }

  /// Copies `text`'s UTF-8 to `out` and returns its length.
  @inline(__always)
  private static func put(_ text: StaticString, at out: UnsafeMutablePointer<UInt8>) -> Int {
    let count = text.utf8CodeUnitCount
    out.update(from: text.utf8Start, count: count)
    return count
  }
}
