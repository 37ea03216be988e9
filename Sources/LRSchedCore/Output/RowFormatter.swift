/// Formats simulation rows as CSV, TSV, a JSON document or JSON lines, one chunk at a time.
///
/// Numbers are written in the shortest form that reads back as the same double; the epoch column
/// is an integer when the run steps once an epoch. A row's extra values follow its momenta; a
/// `SimulationRow.missing` one is an empty CSV/TSV field or a JSON `null`.
public struct RowFormatter: Sendable {
  public let format: OutputFormat
  /// All columns: `step`, `epoch`, then the value columns.
  public let columns: [String]

  public init(format: OutputFormat, valueColumns: [String]) {
    self.format = format
    self.columns = ["step", "epoch"] + valueColumns
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
    let epoch = DoubleFormat.compact(row.epoch)
    switch format {
    case .csv, .tsv:
      let sep = format == .csv ? "," : "\t"
      out += String(row.step)
      out += sep
      out += epoch
      for v in row.lrs {
        out += sep
        out += DoubleFormat.shortest(v)
      }
      for v in row.momenta {
        out += sep
        out += DoubleFormat.shortest(v)
      }
      for v in row.extras {
        out += sep
        if !SimulationRow.isMissing(v) { out += DoubleFormat.shortest(v) }
      }
      out += "\n"
    case .json, .jsonl:
      if format == .json && row.step > 0 { out += ",\n" }
      out += format == .json ? "  {" : "{"
      out += "\"step\": \(row.step), \"epoch\": \(epoch)"
      var k = 2
      for v in row.lrs {
        out += ", \(JSONWriter.quote(columns[k])): \(Self.jsonNumber(v))"
        k += 1
      }
      for v in row.momenta {
        out += ", \(JSONWriter.quote(columns[k])): \(Self.jsonNumber(v))"
        k += 1
      }
      for v in row.extras {
        out += ", \(JSONWriter.quote(columns[k])): \(Self.jsonNumber(v))"
        k += 1
      }
      out += format == .json ? "}" : "}\n"
    }
  }

  private static func jsonNumber(_ v: Double) -> String {
    v.isFinite ? DoubleFormat.shortest(v) : "null"
  }
}
