/// The result of comparing a run with a golden CSV: whether they agree and, when not, how.
public struct GoldenReport: Sendable {
  /// The golden file's rows (lines after the header, blank lines ignored).
  public let goldenRows: Int
  /// The run's rows (those produced, if it stopped early).
  public let runRows: Int
  /// Rows present in both whose values differ beyond the tolerance.
  public let differingRows: Int
  /// The first differing rows, in order (at most `GoldenComparison.maximumListed`).
  public let differences: [GoldenDifference]
  /// The largest absolute error among compared values, and where.
  public let largestError: Double
  /// The largest error relative to the golden value (infinite where the golden value is 0).
  public let largestRelativeError: Double
  public let largestErrorStep: Int?
  public let largestErrorColumn: String?
  /// Why the columns do not match (missing or extra names), or `nil`.
  public let columnMismatch: String?
  public let rtol: Double
  public let atol: Double

  public var passed: Bool {
    columnMismatch == nil && differingRows == 0 && goldenRows == runRows
  }

  /// One line: `100 rows match` or what is wrong (row counts, columns, differences).
  public var summary: String {
    var parts: [String] = []
    if let columnMismatch { parts.append(columnMismatch) }
    if goldenRows != runRows {
      parts.append("the golden file has \(goldenRows) row\(goldenRows == 1 ? "" : "s"), the run \(runRows)")
    }
    if differingRows > 0 {
      var s = "\(differingRows) of \(min(goldenRows, runRows)) rows differ"
      if let step = largestErrorStep, let column = largestErrorColumn {
        s += "; largest error \(DoubleFormat.shortest(largestError))"
        if largestRelativeError.isFinite { s += " (\(DoubleFormat.shortest(largestRelativeError)) relative)" }
        s += " at step \(step) (\(column))"
      }
      if let first = differences.first { s = "first at step \(first.step); " + s }
      parts.append(s)
    }
    if parts.isEmpty {
      return "\(runRows) row\(runRows == 1 ? "" : "s") match (rtol \(DoubleFormat.shortest(rtol)), atol \(DoubleFormat.shortest(atol)))"
    }
    return parts.joined(separator: "; ")
  }

  /// The first differing rows as an aligned table (header `step epoch column expected got`).
  public var differenceTable: [String] {
    guard !differences.isEmpty else { return [] }
    let rows = [["step", "epoch", "column", "expected", "got"]]
      + differences.map { [String($0.step), DoubleFormat.compact($0.epoch), $0.column, $0.expected, $0.got] }
    var widths = Array(repeating: 0, count: 5)
    for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], c.count) } }
    return rows.map { r in
      r.enumerated().map { i, c in i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count) }
        .joined(separator: "  ")
    }
  }
}
