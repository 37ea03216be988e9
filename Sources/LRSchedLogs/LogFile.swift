import Foundation
import LRSchedCore

/// Opens a training log of any format `lrsched` reads, chosen by its name and first bytes.
public enum LogFile {
  /// The reader for `path` (`-` for standard input, read as CSV or a trainer state by content);
  /// a folder is read as a TensorBoard run folder. Throws `LogError`.
  public static func open(_ path: String, options: LogOptions = LogOptions()) throws(LogError) -> any LogSource {
    switch try detect(path) {
    case .csv: return try CSVLog(path: path, options: options)
    case .trainerState: return try TrainerStateLog(path: path, options: options)
    case .tfevents: return try TensorBoardLog(path: path, options: options)
    }
  }

  /// The format of the log at `path`.
  public static func detect(_ path: String) throws(LogError) -> LogFormat {
    if path == "-" { return .csv }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return .tfevents }
    var source: FileByteSource
    do {
      source = try FileByteSource(path: path)
    } catch {
      throw LogError(error.description)
    }
    var head = [UInt8](repeating: 0, count: 64)
    let n: Int
    do {
      n = try head.withUnsafeMutableBytes { b in try source.read(into: b) }
    } catch {
      throw LogError("\(error)")
    }
    return LogFormat.detect(path: path, firstBytes: Array(head.prefix(n)))
  }
}
