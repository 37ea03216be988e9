/// Text from input made safe to print in a message: control characters escaped, long values cut.
///
/// A spec, file name or data file can hold anything; what reaches a terminal or a report must not
/// move the cursor, clear the screen or fake a line, and must stay short.
public enum DisplayText {
  /// The longest excerpt of an input value a message shows, in characters.
  public static let excerptLength = 80

  /// `text` with every control character (C0, DEL, C1) but newline and tab written as `\xNN`
  /// (`\u{NNNN}` above `\xff`) and a backslash kept as is.
  public static func escaped<S: StringProtocol>(_ text: S, keepNewlines: Bool = true) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if (keepNewlines && (v == 0x0A || v == 0x09)) || !isControl(v) {
        out.unicodeScalars.append(scalar)
      } else if v <= 0xFF {
        out += "\\x" + hex(v, width: 2)
      } else {
        out += "\\u{" + hex(v, width: 4) + "}"
      }
    }
    return out
  }

  /// At most `limit` characters of `text` on one line, escaped, ending in `…` when cut.
  public static func excerpt<S: StringProtocol>(_ text: S, limit: Int = excerptLength) -> String {
    var count = 0
    var end = text.startIndex
    while end < text.endIndex, count < limit {
      end = text.index(after: end)
      count += 1
    }
    let cut = end < text.endIndex
    return escaped(text[text.startIndex..<end], keepNewlines: false) + (cut ? "…" : "")
  }

  /// The longest word (run of non-spaces) a message keeps whole, in characters.
  public static let longestWord = 120
  /// The longest line a message keeps whole, in characters.
  public static let longestLine = 1000

  /// `text` as printed in a message: each word longer than `longestWord` characters cut to an
  /// `excerptLength` excerpt ending in `…`, each line to `longestLine` characters, control
  /// characters but newline and tab escaped. A message then never echoes a whole input value.
  public static func message(_ text: String) -> String {
    guard text.count > longestWord || needsEscaping(text) else { return text }
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var words: [String] = []
      for word in line.split(separator: " ", omittingEmptySubsequences: false) {
        words.append(word.count > longestWord ? excerpt(word) : escaped(word))
      }
      let joined = words.joined(separator: " ")
      lines.append(joined.count > longestLine ? String(joined.prefix(longestLine)) + "…" : joined)
    }
    return lines.joined(separator: "\n")
  }

  /// Whether `text` holds a character `escaped` would rewrite.
  public static func needsEscaping<S: StringProtocol>(_ text: S, keepNewlines: Bool = true) -> Bool {
    text.unicodeScalars.contains { s in !(keepNewlines && (s.value == 0x0A || s.value == 0x09)) && isControl(s.value) }
  }

  private static func isControl(_ v: UInt32) -> Bool {
    v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }

  private static func hex(_ v: UInt32, width: Int) -> String {
    let digits = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
