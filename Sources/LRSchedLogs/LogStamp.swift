import Foundation

/// What tells that a log has grown: the size and modification time of the file, or of every
/// event file under a run folder.
public struct LogStamp: Sendable, Equatable {
  public let size: UInt64
  public let modified: Double

  /// The stamp of `path` now; a missing file has size 0.
  public init(path: String) {
    let files = (try? TensorBoardLog.eventFiles(path)).map { $0.count == 1 && $0[0] == path ? [path] : $0 } ?? [path]
    var size: UInt64 = 0
    var modified = 0.0
    for f in files {
      guard let a = try? FileManager.default.attributesOfItem(atPath: f) else { continue }
      size += (a[.size] as? NSNumber)?.uint64Value ?? 0
      modified = max(modified, (a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
    }
    self.size = size
    self.modified = modified
  }
}
