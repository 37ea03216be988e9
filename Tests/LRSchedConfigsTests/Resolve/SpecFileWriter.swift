#if canImport(Glibc)
import Glibc
#endif

/// Writes small test files.
enum SpecFileWriter {
  struct WriteError: Error {}

  static func write(_ text: String, to path: String) throws {
    guard let f = fopen(path, "wb") else { throw WriteError() }
    defer { fclose(f) }
    let bytes = Array(text.utf8)
    guard fwrite(bytes, 1, bytes.count, f) == bytes.count else { throw WriteError() }
  }
}
