import LRSchedCore

/// Hugging Face Trainer's `trainer_state.json`: the `learning_rate` entries of its `log_history`
/// (or the `--log-column` key), each against its `step` and `epoch`.
///
/// The file is parsed whole (the Trainer keeps it small: one entry per logging step), at most
/// `maximumBytes`.
public final class TrainerStateLog: LogSource {
  public static let maximumBytes = 256 << 20
  public let name: String
  public let format = LogFormat.trainerState
  public let series: [LogSeries]
  private let points: [LogPoint]
  private var index = 0

  /// Reads `path`; throws `LogError` when it is not a trainer state or logs no learning rate,
  /// listing the keys its entries have.
  public init(path: String, options: LogOptions = LogOptions()) throws(LogError) {
    name = path == "-" ? "standard input" : path
    let root: JSONValue
    do {
      let text = try FileByteSource.readText(path, limit: Self.maximumBytes, dashIsStandardInput: true)
      root = try JSONParser.parse(text)
    } catch let error as FileError {
      throw LogError(error.description)
    } catch {
      throw LogError("\(name): not JSON: \(error)")
    }
    guard case .array(let history)? = root["log_history"] else {
      throw LogError("\(name): no \"log_history\" list (is it a Hugging Face trainer_state.json?)")
    }
    let key = options.column ?? "learning_rate"
    let xKey = options.xColumn ?? "step"
    var points: [LogPoint] = []
    var keys: [String] = []
    for entry in history {
      guard case .object(let members) = entry else { continue }
      for m in members where !keys.contains(m.key) { keys.append(m.key) }
      guard let value = Self.number(entry[key]) else { continue }
      points.append(LogPoint(series: 0, step: Self.number(entry[xKey]), epoch: Self.number(entry["epoch"]), value: value))
    }
    guard !points.isEmpty else {
      throw LogError(
        "\(name): no log_history entry has \"\(key)\"; the keys are \(keys.map { "'\($0)'" }.joined(separator: ", "))\(options.column == nil ? "; name one with --log-column" : "")")
    }
    self.points = points
    series = [LogSeries(name: key, group: nil, convention: .trainer)]
  }

  public func next() throws(LogError) -> LogPoint? {
    guard index < points.count else { return nil }
    defer { index += 1 }
    return points[index]
  }

  private static func number(_ value: JSONValue?) -> Double? {
    guard case .number(let n)? = value else { return nil }
    return n.double
  }
}
