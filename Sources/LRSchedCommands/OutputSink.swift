#if canImport(Glibc)
import Glibc
#endif

/// A buffered byte sink on standard output or on a file written atomically.
///
/// A file is written to a temporary file beside the target and renamed over it by `commit()`;
/// any failure (or a sink dropped without `commit()`) removes the temporary file, so a failed
/// write leaves nothing half-written. Every write error is thrown, never ignored.
final class OutputSink {
  private var buffer: [UInt8] = []
  private let fd: Int32
  private let target: String?
  private let temporary: String?
  private var committed = false
  private let flushThreshold = 1 << 16

  /// A sink on standard output.
  init() {
    fd = STDOUT_FILENO
    target = nil
    temporary = nil
    buffer.reserveCapacity(flushThreshold * 2)
  }

  /// A sink that will replace `path` when committed; a `path` that exists and is not a regular
  /// file (`/dev/null`, a pipe, a terminal) is written in place instead, never replaced.
  init(path: String) throws {
    if let problem = OutputPath.problem(path) { throw Failure(.outputFailed, "cannot write \(path): \(problem)") }
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
      let fd = open(path, O_WRONLY | O_CLOEXEC)
      guard fd >= 0 else {
        throw Failure(.outputFailed, "cannot write \(path): \(String(cString: strerror(errno)))")
      }
      self.fd = fd
      self.target = path
      self.temporary = nil
      return
    }
    let slash = path.lastIndex(of: "/")
    let dir = slash.map { String(path[..<$0]) } ?? "."
    let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
    var template = Array("\(dir.isEmpty ? "/" : dir)/.\(base).lrsched-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else {
      throw Failure(.outputFailed, "cannot write \(path): \(String(cString: strerror(errno)))")
    }
    self.fd = fd
    self.target = path
    self.temporary = String(cString: template)
    fchmod(fd, 0o644 & ~Self.umaskValue)
    buffer.reserveCapacity(flushThreshold * 2)
  }

  private static let umaskValue: mode_t = {
    let m = umask(0)
    umask(m)
    return m
  }()

  deinit {
    if let temporary, !committed {
      close(fd)
      unlink(temporary)
    } else if temporary == nil, target != nil, !committed {
      close(fd)
    }
  }

  /// Appends text, flushing when the buffer is large.
  func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= flushThreshold { try flush() }
  }

  /// Appends UTF-8 bytes, flushing when the buffer is large.
  func write(bytes: [UInt8]) throws {
    buffer.append(contentsOf: bytes)
    if buffer.count >= flushThreshold { try flush() }
  }

  /// Writes out the buffer.
  func flush() throws {
    if let error = DescriptorWriter.writeAll(fd, buffer) {
      throw Failure(.outputFailed, "cannot write \(target ?? "standard output"): \(String(cString: strerror(error)))")
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes and, for a file, moves it into place.
  func commit() throws {
    try flush()
    guard let target else { return }
    guard let temporary else {
      committed = true
      if close(fd) != 0 {
        throw Failure(.outputFailed, "cannot write \(target): \(String(cString: strerror(errno)))")
      }
      return
    }
    if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
      throw Failure(.outputFailed, "cannot write \(target): \(String(cString: strerror(errno)))")
    }
    if close(fd) != 0 {
      unlink(temporary)
      committed = true
      throw Failure(.outputFailed, "cannot write \(target): \(String(cString: strerror(errno)))")
    }
    committed = true
    if rename(temporary, target) != 0 {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(.outputFailed, "cannot write \(target): \(reason)")
    }
  }
}
