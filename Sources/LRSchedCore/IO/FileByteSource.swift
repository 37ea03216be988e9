/// The bytes of a regular file, or of standard input for `-` when `dashIsStandardInput`, read as
/// asked; a FIFO, device or folder is refused when opened.
/// The file is closed when the last copy goes away.
public struct FileByteSource: ByteSource {
  private final class Handle {
    let file: OpaquePointer
    let owned: Bool

    init(file: OpaquePointer, owned: Bool) {
      self.file = file
      self.owned = owned
    }

    deinit {
      if owned { Libm.close(file) }
    }
  }

  /// The path as given.
  public let path: String
  private let handle: Handle

  /// Opens `path` for reading; throws a `FileError` with the system's reason.
  public init(path: String, dashIsStandardInput: Bool = false) throws(FileError) {
    self.path = path
    if dashIsStandardInput && path == "-" {
      switch Libm.openForReading(nil) {
      case .success(let f): handle = Handle(file: f, owned: false)
      case .failure(let e): throw FileError(path: "standard input", reason: e.message)
      }
      return
    }
    switch RegularFile.openForReading(path) {
    case .success(let f): handle = Handle(file: f, owned: true)
    case .failure(let e): throw e
    }
  }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int {
    switch Libm.read(handle.file, into: buffer) {
    case .success(let n): return n
    case .failure(let e): throw FileError(path: path, reason: e.message)
    }
  }

  /// The whole file (or standard input) as UTF-8 text without a byte-order mark; more than
  /// `limit` bytes, or UTF-16, is a `FileError`.
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
    return try TextEncoding.decode(bytes, name: path)
  }
}
