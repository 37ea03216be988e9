/// Bytes held in memory (a string's UTF-8), handed out in order.
public struct MemoryByteSource: ByteSource {
  private let bytes: [UInt8]
  private var offset = 0

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  public init(_ text: String) {
    self.bytes = Array(text.utf8)
  }

  public mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws(FileError) -> Int {
    let n = min(buffer.count, bytes.count - offset)
    guard n > 0 else { return 0 }
    bytes.withUnsafeBytes { buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: $0[offset..<offset + n])) }
    offset += n
    return n
  }
}
