#if canImport(Glibc)
import Glibc
#endif

/// Reads whole files with a size limit, reporting failures as invalid input.
enum FileReader {
  /// The file's text (UTF-8), or a `Failure` naming the file and the reason.
  static func readText(_ path: String, limit: Int) throws -> String {
    guard let f = fopen(path, "rb") else {
      throw Failure(.invalidInput, "\(path): \(String(cString: strerror(errno)))")
    }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = fread(&chunk, 1, chunk.count, f)
      if n > 0 { bytes.append(contentsOf: chunk[0..<n]) }
      if bytes.count > limit { throw Failure(.invalidInput, "\(path): larger than \(limit >> 20) MiB") }
      if n < chunk.count {
        if ferror(f) != 0 { throw Failure(.invalidInput, "\(path): \(String(cString: strerror(errno)))") }
        break
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
