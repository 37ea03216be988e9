/// Compares a run with a golden CSV (one that `lrsched simulate` wrote) row by row, as both
/// stream: the caller hands over the golden file's records (from a `CSVReader`) alongside the
/// run's rows, so neither is held in memory.
///
/// Columns are matched by name (`step`, `epoch`, `lr` or `lr_<group>`, `momentum...`); a missing or
/// extra column, a different row count or any value outside `atol + rtol * |golden|` fails.
/// Malformed golden records throw a `SpecError` at `line N`.
public struct GoldenComparison {
  /// How many differing rows the report lists.
  public static let maximumListed = 5

  public let rtol: Double
  public let atol: Double
  /// The run's columns: `step`, `epoch`, then the value columns.
  public let columns: [String]
  private let goldenColumnCount: Int
  /// For each run column, its field index in a golden line; empty when the columns mismatch.
  private let fieldIndex: [Int]
  private let columnMismatch: String?
  private var goldenRows = 0
  private var runRows = 0
  private var differingRows = 0
  private var differences: [GoldenDifference] = []
  private var largestError = 0.0
  private var largestRelativeError = 0.0
  private var largestErrorStep: Int?
  private var largestErrorColumn: String?

  /// Starts a comparison of a run with `valueColumns` against a golden file whose first record
  /// is `header`.
  public init(header: CSVRecord, valueColumns: [String], rtol: Double = 1e-12, atol: Double = 0) throws(SpecError) {
    self.rtol = rtol
    self.atol = atol
    self.columns = ["step", "epoch"] + valueColumns
    let names = header.strings
    guard !(names.count == 1 && names[0].isEmpty) else {
      throw SpecError("line 1", "no header: a golden CSV starts with the header `simulate` writes, e.g. step,epoch,lr")
    }
    goldenColumnCount = names.count
    let runColumns = ["step", "epoch"] + valueColumns
    let runColumnSet = Set(runColumns)
    var firstField: [String: Int] = [:]
    var repeatedSet: Set<String> = []
    for (i, name) in names.enumerated() {
      if firstField[name] == nil {
        firstField[name] = i
      } else {
        repeatedSet.insert(name)
      }
    }
    let missing = runColumns.filter { firstField[$0] == nil }
    let extra = names.filter { !runColumnSet.contains($0) }
    let repeated = repeatedSet.sorted()
    var problems: [String] = []
    if !missing.isEmpty { problems.append("the golden file lacks column\(missing.count == 1 ? "" : "s") \(DisplayText.excerpt(Self.listed(missing)))") }
    if !extra.isEmpty { problems.append("the run has no column\(extra.count == 1 ? "" : "s") \(DisplayText.excerpt(Self.listed(extra)))") }
    if !repeated.isEmpty { problems.append("the golden file repeats \(DisplayText.excerpt(Self.listed(repeated)))") }
    if problems.isEmpty {
      columnMismatch = nil
      fieldIndex = runColumns.map { c in firstField[c] ?? 0 }
    } else {
      columnMismatch = problems.joined(separator: "; ") + " (golden: \(DisplayText.excerpt(Self.listed(names, separator: ","))); run: \(DisplayText.excerpt(Self.listed(runColumns, separator: ","))))"
      fieldIndex = []
    }
  }

  /// The most column names a message lists before it says how many more there are.
  static let maximumNamesListed = 12

  /// `names` joined by `separator`, at most `maximumNamesListed` of them, then how many are left.
  static func listed(_ names: [String], separator: String = ", ") -> String {
    guard names.count > maximumNamesListed else { return names.joined(separator: separator) }
    let shown = names.prefix(maximumNamesListed).joined(separator: separator)
    return "\(shown)\(separator)... (\(names.count - maximumNamesListed) more)"
  }

  /// Compares `row` with the golden file's next data record, or records that the golden file has
  /// ended (`record == nil`).
  public mutating func compare(_ row: borrowing SimulationRow, with record: CSVRecord?) throws(SpecError) {
    runRows += 1
    guard let record else { return }
    goldenRows += 1
    guard columnMismatch == nil else { return }
    let lineNumber = record.line
    guard record.count == goldenColumnCount else {
      throw SpecError("line \(lineNumber)", "has \(record.count) field\(record.count == 1 ? "" : "s"), the header \(goldenColumnCount)")
    }
    let lrCount = row.lrs.count
    let compared = min(columns.count, 2 + lrCount + row.momenta.count)
    var firstDiffering = -1
    for k in 0..<compared {
      let field = fieldIndex[k]
      guard let expected = record.double(field) else {
        throw SpecError("line \(lineNumber)", "column \(columns[k]): '\(DisplayText.excerpt(record.string(field), limit: 40))' is not a number")
      }
      let got = k == 0 ? Double(row.step) : k == 1 ? row.epoch : k < 2 + lrCount ? row.lrs[k - 2] : row.momenta[k - 2 - lrCount]
      let ok = k == 0 ? expected == got : Bound.isClose(got, expected, rtol: rtol, atol: atol)
      if !ok {
        noteError(step: row.step, column: k, expected: expected, got: got)
        if firstDiffering < 0 { firstDiffering = k }
      }
    }
    if firstDiffering >= 0 {
      differingRows += 1
      if differences.count < Self.maximumListed {
        let k = firstDiffering
        let got = k == 0 ? Double(row.step) : k == 1 ? row.epoch : k < 2 + lrCount ? row.lrs[k - 2] : row.momenta[k - 2 - lrCount]
        let gotText = k == 0 ? String(row.step) : k == 1 ? DoubleFormat.compact(got) : DoubleFormat.shortest(got)
        differences.append(
          GoldenDifference(step: row.step, epoch: row.epoch, column: columns[k], expected: record.string(fieldIndex[k]), got: gotText))
      }
    }
  }

  /// Records the error of column `column` at `step` when it is the largest so far.
  private mutating func noteError(step: Int, column k: Int, expected: Double, got: Double) {
    let err = got.isNaN || expected.isNaN ? Double.infinity : abs(got - expected)
    let rel = expected == 0 || !expected.isFinite ? Double.infinity : err / abs(expected)
    if largestErrorStep == nil || rel > largestRelativeError || (rel == largestRelativeError && err > largestError) {
      largestError = err
      largestRelativeError = rel
      largestErrorStep = step
      largestErrorColumn = columns[k]
    }
  }

  /// Counts a golden data record past the run's last row.
  public mutating func countExtraLine() {
    goldenRows += 1
  }

  /// What the comparison found so far.
  public var report: GoldenReport {
    GoldenReport(
      goldenRows: goldenRows, runRows: runRows, differingRows: differingRows, differences: differences,
      largestError: largestError, largestRelativeError: largestRelativeError, largestErrorStep: largestErrorStep,
      largestErrorColumn: largestErrorColumn, columnMismatch: columnMismatch, rtol: rtol, atol: atol)
  }

  /// Runs `spec` and compares it with the golden CSV `text`. Throws for a malformed golden file
  /// or a spec that cannot be built; when the schedule raises mid-run, the report covers the rows
  /// produced and `error` is the schedule's error.
  public static func compare(
    _ spec: RunSpec, golden text: String, rtol: Double = 1e-12, atol: Double = 0
  ) throws(SpecError) -> (report: GoldenReport, error: SpecError?) {
    let reader = CSVReader(text: text, name: "golden")
    let simulation = try Simulation(spec: spec)
    guard let header = try next(reader) else { throw SpecError("line 1", "the golden file is empty") }
    var comparison = try GoldenComparison(header: header, valueColumns: simulation.valueColumns, rtol: rtol, atol: atol)
    var goldenError: SpecError?
    var runError: SpecError?
    do {
      try simulation.run { row in
        do {
          try comparison.compare(row, with: try next(reader))
        } catch let error as SpecError {
          goldenError = error
          throw error
        }
      }
    } catch let error as SpecError {
      runError = error
    } catch {
      runError = SpecError("", "\(error)")
    }
    if let goldenError { throw goldenError }
    while try next(reader) != nil { comparison.countExtraLine() }
    return (comparison.report, runError)
  }

  /// The reader's next record, a malformed one as a `SpecError` at its line.
  private static func next(_ reader: CSVReader) throws(SpecError) -> CSVRecord? {
    do {
      return try reader.next()
    } catch {
      throw SpecError(error.line.map { "line \($0)" } ?? "", error.message)
    }
  }
}
