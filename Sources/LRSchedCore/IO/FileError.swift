/// A file that cannot be opened or read; `description` names it: `run.csv: No such file or directory`.
public struct FileError: Error, CustomStringConvertible, Sendable {
  /// The file as named to the reader.
  public let path: String
  /// Why, e.g. the system's `strerror` text or `larger than 64 MiB`.
  public let reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  public var description: String { "\(path): \(reason)" }
}
