/// Command-line arguments as the bytes the shell passed, for names that are not valid UTF-8.
///
/// `CommandLine.arguments` (and so every parsed option) decodes invalid UTF-8 as U+FFFD; a file
/// name such as `out\xff.csv` must be written byte for byte, so its bytes are looked up here.
public enum ArgumentBytes {
  /// The NUL-terminated bytes `value` was given as: an argument, or the rest of `--NAME=value` or
  /// `-Xvalue`, whose decoding is `value`; `value`'s own UTF-8 when it holds no U+FFFD or no
  /// argument matches.
  public static func original(of value: String) -> [CChar] {
    let own = Array(value.utf8CString)
    guard value.unicodeScalars.contains("\u{FFFD}") else { return own }
    for i in 0..<Int(CommandLine.argc) {
      guard let raw = CommandLine.unsafeArgv[i] else { continue }
      let bytes = Array(UnsafeBufferPointer(start: raw, count: strlenOf(raw)))
      for skip in prefixLengths(bytes) {
        let tail = Array(bytes[skip...])
        if String(decoding: tail.map { UInt8(bitPattern: $0) }, as: UTF8.self) == value { return tail + [0] }
      }
    }
    return own
  }

  private static func prefixLengths(_ bytes: [CChar]) -> [Int] {
    var out = [0]
    if let eq = bytes.firstIndex(of: CChar(UInt8(ascii: "="))), bytes.starts(with: [45, 45]) { out.append(eq + 1) }
    if bytes.count > 2, bytes[0] == 45, bytes[1] != 45 { out.append(2) }
    return out
  }

  private static func strlenOf(_ p: UnsafePointer<CChar>) -> Int {
    var n = 0
    while p[n] != 0 { n += 1 }
    return n
  }
}
