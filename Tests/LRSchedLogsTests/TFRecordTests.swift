import Foundation
import LRSchedLogs
import Testing

/// TFRecord framing and its checksums.
@Suite struct TFRecordTests {
  @Test func crc32cOfTheStandardCheckString() {
    #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
  }

  @Test func recordsRoundTripAndACorruptByteIsCaught() throws {
    var bytes: [UInt8] = []
    TFRecordWriter.append(Array("first".utf8), to: &bytes)
    TFRecordWriter.append(Array("second record".utf8), to: &bytes)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tfrecord-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("r").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let reader = try TFRecordReader(path: path)
    #expect(try reader.next() == Array("first".utf8))
    #expect(try reader.next() == Array("second record".utf8))
    #expect(try reader.next() == nil)
    bytes[14] ^= 1
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(throws: LogError.self) { try TFRecordReader(path: path).next() }
  }
}
