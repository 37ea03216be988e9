#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LRSchedCore

/// POSIX `read(2)`, beside `TextFile`'s own `read` methods.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}

/// Whole text files and standard input read with a size limit; failures are `SpecError`s at the
/// file's label.
enum TextFile {
  /// The file's text (UTF-8); `label` names it in errors.
  static func read(_ path: String, limit: Int, label: String) throws(SpecError) -> String {
    guard let f = fopen(path, "rb") else { throw SpecError(label, String(cString: strerror(errno))) }
    defer { fclose(f) }
    return try read(limit: limit, label: label) { buffer in
      let n = fread(buffer.baseAddress, 1, buffer.count, f)
      return n < buffer.count && ferror(f) != 0 ? -1 : n
    }
  }

  /// Standard input's text (UTF-8).
  static func readStandardInput(limit: Int) throws(SpecError) -> String {
    try read(limit: limit, label: "standard input") { buffer in
      while true {
        let n = systemRead(STDIN_FILENO, buffer.baseAddress, buffer.count)
        if n < 0 && errno == EINTR { continue }
        return n
      }
    }
  }

  /// Reads chunks from `next` (bytes read, 0 at the end, negative on an error) until the end.
  private static func read(
    limit: Int, label: String, _ next: (UnsafeMutableRawBufferPointer) -> Int
  ) throws(SpecError) -> String {
    var bytes: [UInt8] = []
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { chunk.deallocate() }
    while true {
      let n = next(chunk)
      if n < 0 { throw SpecError(label, String(cString: strerror(errno))) }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > limit { throw SpecError(label, "larger than \(limit >> 20) MiB") }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
