#if canImport(Glibc)
import Glibc
#endif

/// A golden CSV read line by line, so a comparison holds one line at a time, not the file.
///
/// Blank lines are skipped; a line longer than `maximumLine` bytes or a read error is a `Failure`
/// (invalid input) naming the file.
final class GoldenCSV {
  /// The longest line accepted, in bytes.
  static let maximumLine = 1 << 20

  let path: String
  private let file: UnsafeMutablePointer<FILE>
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false
  private var number = 0

  /// Opens `path` for reading.
  init(path: String) throws {
    guard let f = fopen(path, "rb") else {
      throw Failure(.invalidInput, "\(path): \(String(cString: strerror(errno)))")
    }
    self.path = path
    self.file = f
  }

  deinit {
    fclose(file)
  }

  /// The next non-blank line, without its line ending, and its 1-based line number; `nil` at the end.
  func next() throws -> (line: Substring, number: Int)? {
    while true {
      guard let bytes = try rawLine() else { return nil }
      number += 1
      var end = bytes.endIndex
      if end > bytes.startIndex && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      if end == bytes.startIndex { continue }
      return (Substring(String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)), number)
    }
  }

  private func rawLine() throws -> ArraySlice<UInt8>? {
    var scanned = start
    while true {
      if let nl = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
        let line = buffer[start..<nl]
        start = nl + 1
        return line
      }
      scanned = buffer.count
      guard buffer.count - start <= Self.maximumLine else {
        throw Failure(.invalidInput, "\(path): line \(number + 1) is longer than \(Self.maximumLine >> 20) MiB")
      }
      if atEnd {
        guard start < buffer.count else { return nil }
        let line = buffer[start...]
        start = buffer.count
        return line
      }
      if start > 0 && start >= buffer.count / 2 {
        buffer.removeFirst(start)
        scanned -= start
        start = 0
      }
      var chunk = [UInt8](repeating: 0, count: 65536)
      let n = fread(&chunk, 1, chunk.count, file)
      if n > 0 { buffer.append(contentsOf: chunk[0..<n]) }
      if n < chunk.count {
        if ferror(file) != 0 { throw Failure(.invalidInput, "\(path): \(String(cString: strerror(errno)))") }
        atEnd = true
      }
    }
  }
}
