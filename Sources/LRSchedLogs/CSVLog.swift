import LRSchedCore

/// A CSV or TSV training log, streamed through `CSVReader`: one series per learning-rate column
/// (or the `--log-column` one), x from the step and epoch columns (or the `--log-x` one).
///
/// Rows where a series' cell is empty are not points of that series (Lightning writes other
/// metrics on other rows); a non-number in a learning-rate cell or in a filled counter cell is a
/// `LogError` naming the line.
public final class CSVLog: LogSource {
  public let name: String
  public let format = LogFormat.csv
  public let series: [LogSeries]
  /// The header, as read.
  public let columns: [String]
  private let reader: CSVReader
  private let valueColumns: [Int]
  private let stepColumn: Int?
  private let epochColumn: Int?
  private var pending: [LogPoint] = []
  private var rowNumber = 0

  /// Opens `path` (`-` for standard input) and reads its header. Throws `LogError` when the file
  /// cannot be read or no column fits, listing the columns found.
  public init(path: String, options: LogOptions = LogOptions()) throws(LogError) {
    let name = path == "-" ? "standard input" : path
    self.name = name
    let header: [String]?
    do throws(CSVError) {
      reader = try CSVReader(path: path, dashIsStandardInput: true, separator: .detect)
      header = try reader.next().map { r in (0..<r.count).map(r.trimmedString) }
    } catch {
      throw LogError(error.description)
    }
    guard let header else { throw LogError("\(name): empty file") }
    columns = header
    let listed = header.map { "'\($0)'" }.joined(separator: ", ")
    if let wanted = options.column {
      guard let c = header.firstIndex(of: wanted) else {
        throw LogError("\(name): no column '\(wanted)' (--log-column); the columns are \(listed)")
      }
      valueColumns = [c]
    } else {
      valueColumns = header.indices.filter { LogNames.isLearningRate(header[$0]) }
      guard !valueColumns.isEmpty else {
        throw LogError(
          "\(name): no learning-rate column (lr, learning_rate, train/learning_rate, lr-<Optimizer>, lr-<Optimizer>/pg<N>, lr_<group>); the columns are \(listed); name one with --log-column")
      }
    }
    if let x = options.xColumn {
      guard let c = header.firstIndex(of: x) else {
        throw LogError("\(name): no column '\(x)' (--log-x); the columns are \(listed)")
      }
      let isEpoch = LogNames.epochColumns.contains(x)
      stepColumn = isEpoch ? nil : c
      epochColumn = isEpoch ? c : nil
    } else {
      stepColumn = LogNames.stepColumns.lazy.compactMap { header.firstIndex(of: $0) }.first
      epochColumn = LogNames.epochColumns.lazy.compactMap { header.firstIndex(of: $0) }.first
    }
    series = valueColumns.map { LogNames.series(header[$0], format: .csv, columns: header) }
  }

  public func next() throws(LogError) -> LogPoint? {
    while pending.isEmpty {
      let record: CSVRecord
      do {
        guard let r = try reader.next() else { return nil }
        record = r
      } catch {
        throw LogError(error.description)
      }
      rowNumber += 1
      let step = try counter(stepColumn, record)
      let epoch = try counter(epochColumn, record)
      for (k, c) in valueColumns.enumerated().reversed() where c < record.count && !record.isEmpty(c) {
        guard let v = record.double(c) else {
          throw LogError("\(name), line \(record.line): '\(record.trimmedString(c))' in column '\(columns[c])' is not a number")
        }
        let x = step ?? (epoch == nil ? Double(rowNumber - 1) : nil)
        pending.append(LogPoint(series: k, step: x, epoch: epoch, value: v))
      }
    }
    return pending.removeLast()
  }

  private func counter(_ column: Int?, _ record: CSVRecord) throws(LogError) -> Double? {
    guard let c = column, c < record.count, !record.isEmpty(c) else { return nil }
    guard let v = record.double(c), v.isFinite else {
      throw LogError("\(name), line \(record.line): '\(record.trimmedString(c))' in column '\(columns[c])' is not a number")
    }
    return v
  }
}
