/// Formats simulation rows as CSV, TSV, a JSON document or JSON lines, one chunk at a time.
///
/// Numbers are written in the shortest form that reads back as the same double; the epoch column
/// is an integer when the run steps once an epoch. A row's extra values follow its momenta; a
/// `SimulationRow.missing` one is an empty CSV/TSV field or a JSON `null`.
public struct RowFormatter: Sendable {
  public let format: OutputFormat
  /// All columns: `step`, `epoch`, then the value columns.
  public let columns: [String]

  /// `, "<column>": ` for each value column, as UTF-8.
  private let jsonKeys: [[UInt8]]

  public init(format: OutputFormat, valueColumns: [String]) {
    self.format = format
    self.columns = ["step", "epoch"] + valueColumns
    self.jsonKeys = valueColumns.map { Array(", \(JSONWriter.quote($0)): ".utf8) }
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

  /// Appends `row` to `out`.
  public func append(_ row: borrowing SimulationRow, to out: inout String) {
    var bytes: [UInt8] = []
    append(row, to: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `row`'s UTF-8 text to `out`: the streaming path, with no intermediate strings
  /// beyond each number's digits.
  public func append(_ row: borrowing SimulationRow, to out: inout [UInt8]) {
    switch format {
    case .csv, .tsv:
      let sep = format == .csv ? UInt8(ascii: ",") : UInt8(ascii: "\t")
      Self.appendInteger(row.step, to: &out)
      out.append(sep)
      Self.appendEpoch(row.epoch, to: &out)
      for v in row.lrs {
        out.append(sep)
        Self.appendDouble(v, to: &out)
      }
      for v in row.momenta {
        out.append(sep)
        Self.appendDouble(v, to: &out)
      }
      for v in row.extras {
        out.append(sep)
        if !SimulationRow.isMissing(v) { Self.appendDouble(v, to: &out) }
      }
      out.append(UInt8(ascii: "\n"))
    case .json, .jsonl:
      if format == .json && row.step > 0 { out.append(contentsOf: ",\n".utf8) }
      out.append(contentsOf: (format == .json ? "  {\"step\": " : "{\"step\": ").utf8)
      Self.appendInteger(row.step, to: &out)
      out.append(contentsOf: ", \"epoch\": ".utf8)
      Self.appendEpoch(row.epoch, to: &out)
      var k = 0
      for values in [row.lrs, row.momenta, row.extras] {
        for v in values {
          out.append(contentsOf: jsonKeys[k])
          if v.isFinite { Self.appendDouble(v, to: &out) } else { out.append(contentsOf: "null".utf8) }
          k += 1
        }
      }
      out.append(contentsOf: (format == .json ? "}" : "}\n").utf8)
    }
  }

  private static func put(_ text: String, to out: inout [UInt8]) {
    var text = text
    text.withUTF8 { out.append(contentsOf: $0) }
  }

  private static func appendInteger(_ value: Int, to out: inout [UInt8]) {
    put(String(value), to: &out)
  }

  private static func appendDouble(_ value: Double, to out: inout [UInt8]) {
    put(DoubleFormat.shortest(value), to: &out)
  }

  private static func appendEpoch(_ value: Double, to out: inout [UInt8]) {
    put(DoubleFormat.compact(value), to: &out)
  }
}
