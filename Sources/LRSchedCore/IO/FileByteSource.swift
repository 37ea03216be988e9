#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a file, or of standard input for `-` when `dashIsStandardInput`, read as asked.
/// The file is closed when the last copy goes away.
public struct FileByteSource: ByteSource {
  private final class Handle {
    let file: UnsafeMutablePointer<FILE>
    let owned: Bool

    init(file: UnsafeMutablePointer<FILE>, owned: Bool) {
      self.file = file
      self.owned = owned
    }

    deinit {
      if owned { fclose(file) }
    }
  }

  /// The path as given.
  public let path: String
  private let handle: Handle

  /// Opens `path` for reading; throws a `FileError` with the system's reason.
  public init(path: String, dashIsStandardInput: Bool = false) throws(FileError) {
    self.path = path
    if dashIsStandardInput && path == "-" {
      guard let f = fdopen(0, "rb") else { throw FileError(path: "standard input", reason: String(cString: strerror(errno))) }
      handle = Handle(file: f, owned: false)
      return
    }
    guard let f = fopen(path, "rb") else { throw FileError(path: path, reason: String(cString: strerror(errno))) }
    handle = Handle(file: f, owned: true)
  }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int {
    guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
    let n = fread(base, 1, buffer.count, handle.file)
    if n == 0 && ferror(handle.file) != 0 {
      throw FileError(path: path, reason: "read error: \(String(cString: strerror(errno)))")
    }
    return n
  }

  /// The whole file (or standard input) as UTF-8 text; more than `limit` bytes is a `FileError`.
  public static func readText(_ path: String, limit: Int, dashIsStandardInput: Bool = false) throws(FileError) -> String {
    var source = try FileByteSource(path: path, dashIsStandardInput: dashIsStandardInput)
    var bytes: [UInt8] = []
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { chunk.deallocate() }
    while true {
      let n = try source.read(into: chunk)
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > limit { throw FileError(path: path, reason: "larger than \(limit >> 20) MiB") }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
