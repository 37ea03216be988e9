/// One golden CSV compared with a run as it streams: the file is read a record per row.
///
/// Problems with the file itself (missing, unreadable, malformed) end its comparison and make
/// its test case an error (invalid input), never a crash or a silent pass.
public final class GoldenCheck {
  /// The test case's name, e.g. `golden cosine.csv`.
  public let name: String
  /// The file as opened.
  public let path: String
  /// The `expect` position it came from, or `nil` for a golden given apart from the spec.
  public let index: Int?
  /// The file's reader; an empty one when the file cannot be opened.
  private let reader: CSVReader
  // Unchecked exclusivity: only this check's own methods touch them, never reentrantly.
  /// The comparison so far; `nil` once a problem has ended it.
  @exclusivity(unchecked) private var comparison: GoldenComparison?
  @exclusivity(unchecked) private var problem: String?

  /// Opens `path` and reads its header against the run's `valueColumns`.
  public init(name: String, path: String, index: Int?, valueColumns: [String], rtol: Double, atol: Double) {
    self.name = name
    self.path = path
    self.index = index
    let opened: CSVReader
    do {
      opened = try CSVReader(path: path)
    } catch {
      reader = CSVReader(text: "", name: path)
      problem = Self.describe(error, path: path)
      return
    }
    reader = opened
    do {
      guard let header = try opened.next() else {
        problem = "\(path): the golden file is empty; write it with `lrsched simulate --spec ... --output \(path)`"
        return
      }
      comparison = try GoldenComparison(header: header, valueColumns: valueColumns, rtol: rtol, atol: atol)
    } catch {
      problem = Self.describe(error, path: path)
    }
  }

  private static func describe(_ error: any Error, path: String) -> String {
    if let e = error as? CSVError { return e.description }
    return "\(path): \(error)"
  }

  /// Compares the run's next row with the file's next record.
  public func feed(_ row: borrowing SimulationRow) {
    do {
      try comparison?.compare(row, with: try reader.next())
    } catch {
      end(error)
    }
  }

  /// Ends the comparison at `error`, the case's message.
  private func end(_ error: any Error) {
    problem = Self.describe(error, path: path)
    comparison = nil
  }

  /// The test case, after the run: the file's remaining records are counted as extra rows.
  /// `stoppedAfter` is the number of rows produced when the schedule raised mid-run.
  public func finish(stoppedAfter: Int?) -> CheckCase {
    if comparison != nil {
      do {
        while try reader.next() != nil { comparison?.countExtraLine() }
      } catch {
        end(error)
      }
    }
    if let problem { return CheckCase(name: name, status: .error, message: problem) }
    guard let report = comparison?.report else { return CheckCase(name: name, status: .error, message: "\(path): not compared") }
    if report.passed { return CheckCase(name: name, status: .passed, message: report.summary) }
    if let rows = stoppedAfter, report.differingRows == 0, report.columnMismatch == nil {
      return CheckCase(name: name, status: .error, message: "compared only \(rows) row\(rows == 1 ? "" : "s"): the run stopped there")
    }
    return CheckCase(name: name, status: .failed, message: report.summary, details: report.differenceTable)
  }
}
