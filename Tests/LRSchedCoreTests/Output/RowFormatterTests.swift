import LRSchedCore
import Testing

/// `RowFormatter`'s four formats, through each of its three outputs, against a plain
/// String-built rendering of the same rows with Swift's `description`.
@Suite struct RowFormatterTests {
  static let columns = ["lr_a", "lr_b \"x\"", "momentum_a", "momentum_b", "train_loss", "val_loss"]

  /// Rows with every kind of value: integral and fractional epochs, missing and non-finite
  /// extras, negative zero, tiny and huge values.
  static func rows() -> [SimulationRow] {
    let values: [Double] = [0.1, 1e-05, 100, -0.0, .leastNonzeroMagnitude, 1.7976931348623157e308, 0.09997532801828658, 1e16, .nan, .infinity, -.infinity]
    return (0..<40).map { i in
      let v = { (j: Int) in values[(i * 7 + j * 3) % values.count] }
      let extra = i % 3 == 0 ? SimulationRow.missing : v(4)
      let epoch = i % 4 == 0 ? Double(i) : i % 4 == 1 ? Double(i) / 3 : i % 4 == 2 ? 1e15 + Double(i) : Double(i) / 1e7
      return SimulationRow(step: i == 39 ? Int.max : i, epoch: epoch, lrs: [v(0), v(1)], momenta: [v(2), v(3)], extras: [v(5), extra])
    }
  }

  static func text(_ x: Double) -> String {
    x.isNaN ? "nan" : x.isInfinite ? (x < 0 ? "-inf" : "inf") : x.description
  }

  static func epochText(_ x: Double) -> String {
    x.isFinite && x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : text(x)
  }

  static func expected(_ format: OutputFormat, _ row: SimulationRow) -> String {
    let values = row.lrs + row.momenta + row.extras
    switch format {
    case .csv, .tsv:
      let fields = ["\(row.step)", epochText(row.epoch)] + values.map { SimulationRow.isMissing($0) ? "" : text($0) }
      return fields.joined(separator: format == .csv ? "," : "\t") + "\n"
    case .json, .jsonl:
      let keys = columns.map { "\"\($0.replacingOccurrences(of: "\"", with: "\\\""))\"" }
      let pairs = zip(keys, values).map { "\($0): \($1.isFinite ? text($1) : "null")" }
      let object = "{\"step\": \(row.step), \"epoch\": \(epochText(row.epoch)), " + pairs.joined(separator: ", ") + "}"
      return format == .json ? (row.step > 0 ? ",\n" : "") + "  " + object : object + "\n"
    }
  }

  @Test(arguments: OutputFormat.allCases)
  func everyOutputMatchesTheStringRendering(_ format: OutputFormat) {
    let formatter = RowFormatter(format: format, valueColumns: Self.columns)
    let buffer = ByteBuffer(capacity: 64)
    var bytes: [UInt8] = []
    var string = ""
    var want = ""
    for row in Self.rows() {
      formatter.append(row, to: buffer)
      formatter.append(row, to: &bytes)
      formatter.append(row, to: &string)
      want += Self.expected(format, row)
    }
    #expect(string == want)
    #expect(String(decoding: bytes, as: UTF8.self) == want)
    #expect(buffer.withBytes { String(decoding: $0, as: UTF8.self) } == want)
  }

  @Test func bufferGrowsAndEmpties() {
    let buffer = ByteBuffer(capacity: 1)
    let text = String(repeating: "0123456789", count: 1_000)
    buffer.append(text)
    buffer.append(text)
    #expect(buffer.count == 20_000)
    #expect(buffer.withBytes { String(decoding: $0, as: UTF8.self) } == text + text)
    buffer.removeAll()
    #expect(buffer.isEmpty)
  }
}
