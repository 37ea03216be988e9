/// The kinds of training log `lrsched` reads.
public enum LogFormat: String, Sendable, CaseIterable {
  /// Comma- or tab-separated text with a header row (Lightning's CSVLogger, W&B exports, `simulate`).
  case csv
  /// Hugging Face Trainer's `trainer_state.json`, its `log_history` list.
  case trainerState = "trainer-state"
  /// TensorBoard event files (`events.out.tfevents.*`): TFRecords of `Event` protobufs.
  case tfevents

  /// Whether the format stores learning rates as float32 (TensorBoard's `simple_value`) rather
  /// than as the full double the library computed.
  public var storesFloat32: Bool { self == .tfevents }

  /// The relative tolerance that tells a logged value from the plan's: one float32 rounding
  /// (2⁻²⁴, doubled) for event files, 1e-9 for text, which holds Python's shortest repr.
  public var defaultRelativeTolerance: Double { storesFloat32 ? 0x1p-23 : 1e-9 }

  /// The format of the file at `path` by its name, then its first bytes: names holding `tfevents`
  /// and files whose first 12 bytes are not text (a TFRecord's binary length and checksum) are
  /// event files, `.json` files and text starting with `{` trainer states, anything else CSV.
  public static func detect(path: String, firstBytes: [UInt8]) -> LogFormat {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    if name.contains("tfevents") { return .tfevents }
    if name.hasSuffix(".json") { return .trainerState }
    if let first = firstBytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }), first == UInt8(ascii: "{") {
      return .trainerState
    }
    if firstBytes.count >= 12 && !firstBytes.prefix(12).allSatisfy(Self.isText) { return .tfevents }
    return .csv
  }

  private static func isText(_ byte: UInt8) -> Bool {
    byte == 0x09 || byte == 0x0A || byte == 0x0D || (0x20..<0x7F).contains(byte) || byte >= 0x80
  }
}
