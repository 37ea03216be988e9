import LRSchedCore
import Testing

/// `DisplayText`: control characters escaped, long words and lines cut.
@Suite struct DisplayTextTests {
  @Test func controlCharactersAreEscaped() {
    #expect(DisplayText.escaped("a\u{1B}[2Jb\rc\u{7F}\u{9B}\u{202E}") == #"a\x1b[2Jb\x0dc\x7f\x9b\u{202e}"#)
    #expect(DisplayText.escaped("line\n\ttab") == "line\n\ttab")
    #expect(DisplayText.escaped("line\n", keepNewlines: false) == #"line\x0a"#)
  }

  @Test func excerptsAreShort() {
    #expect(DisplayText.excerpt(String(repeating: "x", count: 100)) == String(repeating: "x", count: 80) + "…")
    #expect(DisplayText.excerpt("short") == "short")
  }

  @Test func messagesCutLongWordsAndLines() {
    let word = String(repeating: "w", count: 100_000)
    let m = DisplayText.message("unknown '\(word)' here")
    #expect(m.count < 200 && m.hasSuffix("… here"))
    let line = DisplayText.message(String(repeating: "ab ", count: 10_000))
    #expect(line.count == DisplayText.longestLine + 1)
    #expect(DisplayText.message("plain text") == "plain text")
  }

  @Test func utf16IsRecognised() throws {
    #expect(TextEncoding.isUTF16([0xFF, 0xFE, 0x7B, 0x00]))
    #expect(TextEncoding.isUTF16([0x7B, 0x00, 0x22, 0x00]))
    #expect(!TextEncoding.isUTF16(Array("{\"a\"".utf8)))
    #expect(try TextEncoding.decode([0xEF, 0xBB, 0xBF] + Array("{}".utf8), name: "x") == "{}")
  }
}
