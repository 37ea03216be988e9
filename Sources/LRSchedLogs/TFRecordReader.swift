import LRSchedCore

/// Reads TFRecords from a file, one at a time: a little-endian UInt64 length, the masked CRC-32C
/// of those 8 bytes, the data, the masked CRC-32C of the data. Every checksum is verified; a
/// truncated last record (a run still writing) ends the file quietly unless `strict`.
public final class TFRecordReader {
  /// Records longer than this are refused as corrupt.
  public static let maximumRecordBytes = 64 << 20
  public let name: String
  private var source: FileByteSource
  private var buffer: [UInt8] = []
  private var start = 0
  private var atEnd = false
  private let strict: Bool
  /// The byte offset of the next record, for messages.
  public private(set) var offset = 0

  /// Opens `path`; throws `LogError` when it cannot be opened.
  public init(path: String, strict: Bool = false) throws(LogError) {
    name = path
    self.strict = strict
    do {
      source = try FileByteSource(path: path)
    } catch {
      throw LogError(error.description)
    }
  }

  /// The next record's data, or `nil` at the end of the file.
  public func next() throws(LogError) -> [UInt8]? {
    guard try fill(12) else { return nil }
    let header = Array(buffer[start..<start + 8])
    let length = header.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    guard readUInt32(at: start + 8) == CRC32C.masked(header) else {
      throw LogError("\(name): record at byte \(offset): its length's checksum does not match (not a TFRecord file, or corrupt)")
    }
    guard length <= UInt64(Self.maximumRecordBytes) else {
      throw LogError("\(name): record at byte \(offset): \(length) bytes, more than \(Self.maximumRecordBytes)")
    }
    let n = Int(length)
    guard try fill(12 + n + 4) else { return nil }
    let data = Array(buffer[start + 12..<start + 12 + n])
    guard readUInt32(at: start + 12 + n) == CRC32C.masked(data) else {
      throw LogError("\(name): record at byte \(offset): its data's checksum does not match (corrupt)")
    }
    start += 16 + n
    offset += 16 + n
    return data
  }

  /// Whether `count` bytes from `start` are buffered, reading more as needed; `false` at a clean
  /// end or a truncated tail (a `LogError` for the tail when `strict`).
  private func fill(_ count: Int) throws(LogError) -> Bool {
    while buffer.count - start < count {
      if atEnd {
        if buffer.count == start || !strict { return false }
        throw LogError("\(name): truncated record at byte \(offset)")
      }
      if start > 0 {
        buffer.removeFirst(start)
        start = 0
      }
      let chunk = max(1 << 16, count - buffer.count)
      let old = buffer.count
      buffer += repeatElement(0, count: chunk)
      let n: Int
      do {
        n = try buffer.withUnsafeMutableBytes { b in
          try source.read(into: UnsafeMutableRawBufferPointer(rebasing: b[old...]))
        }
      } catch {
        throw LogError("\(error)")
      }
      buffer.removeLast(chunk - n)
      if n == 0 { atEnd = true }
    }
    return true
  }

  private func readUInt32(at i: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 | UInt32(buffer[i + $1]) << (8 * UInt32($1)) }
  }
}
