/// TFRecord framing: each record as its little-endian UInt64 length, the masked CRC-32C of the
/// length, the data and the masked CRC-32C of the data.
public enum TFRecordWriter {
  /// Appends `data` framed as one record to `output`.
  public static func append(_ data: [UInt8], to output: inout [UInt8]) {
    var length: [UInt8] = []
    let n = UInt64(data.count)
    for k in 0..<8 { length.append(UInt8(truncatingIfNeeded: n >> (8 * UInt64(k)))) }
    output += length
    appendUInt32(CRC32C.masked(length), to: &output)
    output += data
    appendUInt32(CRC32C.masked(data), to: &output)
  }

  private static func appendUInt32(_ v: UInt32, to output: inout [UInt8]) {
    for k in 0..<4 { output.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(k)))) }
  }
}
