import Testing
@testable import LRSchedCore

/// Objects read in time linear in their members, with Python's rule for a repeated key.
@Suite struct JSONParserTests {
  private func keys(_ v: JSONValue) -> [String] {
    guard case .object(let members) = v else { return [] }
    return members.map(\.key)
  }

  @Test func aRepeatedKeyKeepsItsLastValueAtItsLastPlace() throws {
    let v = try JSONParser.parse(#"{"a": 1, "b": 2, "a": 3, "c": 4, "b": 5}"#)
    #expect(keys(v) == ["a", "c", "b"])
    #expect(v["a"] == .number(JSONNumber(3)))
    #expect(v["b"] == .number(JSONNumber(5)))
  }

  @Test func aHundredThousandKeysReadInLinearTime() throws {
    let n = 100_000
    var text = "{"
    for i in 0..<n { text += "\"k\(i)\": \(i), " }
    for i in stride(from: 0, to: n, by: 2) { text += "\"k\(i)\": -1, " }
    text += "\"end\": true}"
    let v = try JSONParser.parse(text)
    let read = keys(v)
    #expect(read.count == n + 1)
    #expect(read.first == "k1")
    #expect(read[n / 2 - 1] == "k\(n - 1)")
    #expect(read[n / 2] == "k0")
    #expect(read.last == "end")
    #expect(v["k2"] == .number(JSONNumber(-1)))
    #expect(v["k3"] == .number(JSONNumber(3)))
  }

  @Test func escapedScalarsDecodeToUTF8() throws {
    #expect(try JSONParser.parse(#""\u00e9\ud83d\ude00x""#) == .string("é😀x"))
    let combining = "\"1" + String(repeating: "\\u0301", count: 100_000) + "\""
    guard case .string(let s) = try JSONParser.parse(combining) else {
      Issue.record("not a string")
      return
    }
    #expect(s.utf8.count == 1 + 2 * 100_000)
  }
}
