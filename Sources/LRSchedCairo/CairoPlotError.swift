/// Why an image could not be written or read.
public enum CairoPlotError: Error, Hashable, CustomStringConvertible {
  /// The destination's directory does not exist (or is not a directory).
  case directoryNotFound(String)
  /// The destination's directory cannot be written to.
  case directoryNotWritable(String)
  /// The destination path is an existing directory.
  case destinationIsDirectory(String)
  /// Cairo reported a failure during `operation`.
  case cairo(operation: String, status: String)
  /// A file-system call failed.
  case fileSystem(operation: String, path: String, reason: String)

  public var description: String {
    switch self {
    case .directoryNotFound(let path): return "directory does not exist: \(path)"
    case .directoryNotWritable(let path): return "directory is not writable: \(path)"
    case .destinationIsDirectory(let path): return "destination is a directory: \(path)"
    case .cairo(let operation, let status): return "cairo failed to \(operation): \(status)"
    case .fileSystem(let operation, let path, let reason):
      return "cannot \(operation) \(path): \(reason)"
    }
  }
}
