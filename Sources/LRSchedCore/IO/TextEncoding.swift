/// The text encodings input files may have: UTF-8, with or without a byte-order mark.
///
/// UTF-16 (with a byte-order mark, or ASCII-looking text with every other byte zero) is refused
/// with a message saying so, instead of a parse error about its first character.
public enum TextEncoding {
  /// What a UTF-16 file is told.
  public static let utf16Message = "UTF-16 is not supported, save the file as UTF-8"

  /// Whether `prefix` (a file's first bytes, up to 4) looks like UTF-16.
  public static func isUTF16<C: Collection>(_ prefix: C) -> Bool where C.Element == UInt8 {
    let b = Array(prefix.prefix(4))
    guard b.count >= 2 else { return false }
    if (b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF) { return true }
    guard b.count == 4 else { return false }
    return (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0) || (b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0)
  }

  /// `bytes` as text, a leading UTF-8 byte-order mark dropped; UTF-16 is a `FileError` naming
  /// `name`. Invalid UTF-8 decodes as U+FFFD.
  public static func decode(_ bytes: [UInt8], name: String) throws(FileError) -> String {
    if isUTF16(bytes.prefix(4)) { throw FileError(path: name, reason: utf16Message) }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
    return String(decoding: body, as: UTF8.self)
  }
}
