import LRSchedCore

#if canImport(Glibc)
import Glibc
#endif

/// A buffered byte sink on standard output or on a file written atomically.
///
/// A file is written to a temporary file beside the target and renamed over it by `commit()`;
/// any failure (or a sink dropped without `commit()`) removes the temporary file, so a failed
/// write leaves nothing half-written, and `TemporaryFiles` removes it on SIGINT, SIGTERM or
/// SIGHUP. A file replaced keeps its permission bits; a new one gets 0644 less the umask. The
/// file name is used byte for byte as given on the command line (`ArgumentBytes`). Every write
/// error is thrown, never ignored, except a closed standard output (`EPIPE`), which ends the
/// process quietly as `TemporaryFiles.endForBrokenPipe()` describes.
public final class OutputSink {
  private var buffer: [UInt8] = []
  private let fd: Int32
  private let target: String?
  private let targetBytes: [CChar]
  private let temporary: [CChar]?
  private var slot: Int?
  private var committed = false
  private let flushThreshold = 1 << 16

  /// A sink on standard output.
  public init() {
    fd = STDOUT_FILENO
    target = nil
    targetBytes = []
    temporary = nil
    buffer.reserveCapacity(flushThreshold * 2)
  }

  /// A sink that will replace `path` when committed; a `path` that exists and is not a regular
  /// file (`/dev/null`, a pipe, a terminal) is written in place instead, never replaced.
  public init(path: String) throws {
    if let problem = OutputPath.problem(path) { throw OutputError("cannot write \(path): \(problem)") }
    let bytes = ArgumentBytes.original(of: path)
    var info = stat()
    let exists = stat(bytes, &info) == 0
    if exists, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
      let fd = open(bytes, O_WRONLY | O_CLOEXEC)
      guard fd >= 0 else { throw Self.failure(path) }
      self.fd = fd
      self.target = path
      self.targetBytes = bytes
      self.temporary = nil
      return
    }
    if exists, (info.st_mode & S_IFMT) == S_IFDIR {
      throw OutputError("cannot write \(DisplayText.escaped(path)): it is a folder; name a file in it")
    }
    let body = bytes.dropLast()
    let slash = body.lastIndex(of: CChar(UInt8(ascii: "/")))
    let dir: [CChar] = slash.map { $0 == body.startIndex ? [CChar(UInt8(ascii: "/"))] : Array(body[..<$0]) } ?? [CChar(UInt8(ascii: "."))]
    let base = slash.map { Array(body[body.index(after: $0)...]) } ?? Array(body)
    var template = dir + Array("/.".utf8CString.dropLast()) + base + Array(".lrsched-XXXXXX".utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return -1 }
      return mkstemp(base)
    }
    guard fd >= 0 else { throw Self.failure(path) }
    self.fd = fd
    self.target = path
    self.targetBytes = bytes
    self.temporary = template
    self.slot = TemporaryFiles.register(template)
    fchmod(fd, exists ? info.st_mode & 0o777 : 0o644 & ~Self.umaskValue)
    buffer.reserveCapacity(flushThreshold * 2)
  }

  /// Writes `text` to standard output at once; a failed write throws an output failure.
  public static func printToStandardOutput(_ text: String) throws {
    let sink = OutputSink()
    try sink.write(text)
    try sink.commit()
  }

  private static let umaskValue: mode_t = {
    let m = umask(0)
    umask(m)
    return m
  }()

  private static func failure(_ path: String, _ error: Int32 = errno) -> OutputError {
    OutputError("cannot write \(DisplayText.escaped(path)): \(String(cString: strerror(error)))")
  }

  deinit {
    if let temporary, !committed {
      close(fd)
      unlink(temporary)
    } else if temporary == nil, target != nil, !committed {
      close(fd)
    }
    if let slot { TemporaryFiles.unregister(slot) }
  }

  /// Appends text, flushing when the buffer is large.
  public func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= flushThreshold { try flush() }
  }

  /// Appends UTF-8 bytes, flushing when the buffer is large.
  public func write(bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { try write($0) }
  }

  /// Writes `bytes`: a chunk as large as the buffer goes to the descriptor as it is, after what
  /// the buffer holds; a smaller one is buffered.
  public func write(_ bytes: UnsafeRawBufferPointer) throws {
    if buffer.count + bytes.count < flushThreshold {
      buffer.append(contentsOf: bytes)
      return
    }
    try flush()
    try writeOut(bytes)
  }

  /// Writes `bytes`'s contents, as `write(_:)` does.
  public func write(_ bytes: ByteBuffer) throws {
    try bytes.withBytes { try write($0) }
  }

  /// Writes out the buffer.
  public func flush() throws {
    guard !buffer.isEmpty else { return }
    try buffer.withUnsafeBytes { try writeOut($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes `bytes` to the descriptor; a closed standard output ends the process quietly.
  private func writeOut(_ bytes: UnsafeRawBufferPointer) throws {
    if let error = DescriptorWriter.writeAll(fd, bytes) {
      if error == EPIPE && target == nil { TemporaryFiles.endForBrokenPipe() }
      if let target { throw Self.failure(target, error) }
      throw OutputError("cannot write standard output: \(String(cString: strerror(error)))")
    }
  }

  /// Flushes and, for a file, moves it into place.
  public func commit() throws {
    try flush()
    guard let target else { return }
    guard let temporary else {
      committed = true
      if close(fd) != 0 { throw Self.failure(target) }
      return
    }
    if fsync(fd) != 0 && errno != EINVAL && errno != EROFS { throw Self.failure(target) }
    if close(fd) != 0 {
      let error = errno
      unlink(temporary)
      committed = true
      throw Self.failure(target, error)
    }
    committed = true
    if rename(temporary, targetBytes) != 0 {
      let error = errno
      unlink(temporary)
      throw Self.failure(target, error)
    }
  }
}
