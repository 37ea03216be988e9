import Foundation
import LRSchedCore
import SwiftProtobuf

/// TensorBoard event files: one `events.out.tfevents.*` file, or every such file under a run
/// folder (in name order, which is creation order). Each record is an `Event` protobuf decoded
/// with swift-protobuf; the scalars of learning-rate tags (or the `--log-column` tag), stored as
/// `simple_value` or as a float or double tensor, are the points, against the event's `step`.
public final class TensorBoardLog: LogSource {
  public let name: String
  public let format = LogFormat.tfevents
  public private(set) var series: [LogSeries] = []
  /// The event files read, in order.
  public let files: [String]
  private let column: String?
  private var fileIndex = 0
  private var reader: TFRecordReader?
  private var pending: [LogPoint] = []
  private var seriesIndex: [String: Int] = [:]
  private var tags: [String] = []

  /// Opens the event file `path`, or the event files under the folder `path`. Throws `LogError`
  /// when there are none.
  public init(path: String, options: LogOptions = LogOptions()) throws(LogError) {
    name = path
    column = options.column
    files = try Self.eventFiles(path)
  }

  /// The event files at `path`: the file itself, or those under the folder, sorted.
  public static func eventFiles(_ path: String) throws(LogError) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw LogError("\(path): no such file or folder")
    }
    guard isFolder.boolValue else { return [path] }
    let found = (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
      .filter { $0.split(separator: "/").last?.contains("tfevents") ?? false }
      .sorted()
      .map { path.hasSuffix("/") ? path + $0 : path + "/" + $0 }
    guard !found.isEmpty else { throw LogError("\(path): no events.out.tfevents.* file in the folder") }
    return found
  }

  public func next() throws(LogError) -> LogPoint? {
    while pending.isEmpty {
      if reader == nil {
        guard fileIndex < files.count else {
          guard !series.isEmpty else {
            let listed = tags.isEmpty ? "no scalar tags" : "the scalar tags are " + tags.map { "'\($0)'" }.joined(separator: ", ")
            throw LogError("\(name): no learning-rate tag (lr, learning_rate, train/learning_rate, lr-<Optimizer>); \(listed); name one with --log-column")
          }
          return nil
        }
        reader = try TFRecordReader(path: files[fileIndex])
        fileIndex += 1
      }
      guard let record = try reader?.next() else {
        reader = nil
        continue
      }
      let event: Tensorboard_Event
      do {
        event = try Tensorboard_Event(serializedBytes: record)
      } catch {
        throw LogError("\(files[fileIndex - 1]): an event that is not an Event protobuf (\(error))")
      }
      guard case .summary(let summary)? = event.what else { continue }
      for value in summary.value.reversed() {
        guard let v = Self.scalar(value) else { continue }
        if !tags.contains(value.tag) { tags.append(value.tag) }
        let wanted = column.map { $0 == value.tag } ?? LogNames.isLearningRate(value.tag)
        guard wanted else { continue }
        let index: Int
        if let i = seriesIndex[value.tag] {
          index = i
        } else {
          index = series.count
          seriesIndex[value.tag] = index
          series.append(LogNames.series(value.tag, format: .tfevents, columns: []))
        }
        pending.append(LogPoint(series: index, step: Double(event.step), epoch: nil, value: v))
      }
    }
    return pending.removeLast()
  }

  /// A summary value's scalar: its `simple_value` (float32), or the one element of a float32 or
  /// float64 tensor.
  static func scalar(_ value: Tensorboard_Summary.Value) -> Double? {
    switch value.value {
    case .simpleValue(let f)?: return Double(f)
    case .tensor(let t)?:
      if let f = t.floatVal.first { return Double(f) }
      if let d = t.doubleVal.first { return d }
      let bytes = [UInt8](t.tensorContent)
      if t.dtype == 1 && bytes.count == 4 {
        return Double(Float(bitPattern: bytes.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * UInt32($1.offset)) }))
      }
      if t.dtype == 2 && bytes.count == 8 {
        return Double(bitPattern: bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) })
      }
      return nil
    case nil: return nil
    }
  }
}
