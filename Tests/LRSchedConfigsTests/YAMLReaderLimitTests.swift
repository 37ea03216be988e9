import LRSchedCore
import Testing
@testable import LRSchedConfigs

/// YAML that is small to write but expensive to read: merges of many keys run in linear time, and
/// aliases that expand past the spec size limit are refused before the value is built.
@Suite struct YAMLReaderLimitTests {
  private func keys(_ v: JSONValue?) -> [String] {
    guard case .object(let members)? = v else { return [] }
    return members.map(\.key)
  }

  @Test func mergesOfThousandsOfKeysKeepTheirOrderAndPrecedence() throws {
    let n = 5_000
    var doc = "a: &a\n"
    for i in 0..<n { doc += "  k\(i): \(i)\n" }
    doc += "b: &b\n"
    for i in stride(from: 0, to: 2 * n, by: 2) { doc += "  k\(i): b\n" }
    doc += "m:\n  <<: [*a, *b, *a]\n  k0: mine\n"
    let v = try YAMLReader.parse(doc)
    let merged = keys(v["m"])
    #expect(merged.count == n + n / 2)
    #expect(merged.first == "k1")
    #expect(merged.last == "k0")
    #expect(v["m"]?["k0"] == .string("mine"))
    #expect(v["m"]?["k2"] == .number(JSONNumber(2)))
    #expect(v["m"]?["k\(n)"] == .string("b"))
  }

  @Test func twoThousandAliasesOfAMegabyteStringAreRefused() {
    let big = String(repeating: "a", count: 1 << 20)
    let doc = "s: &s \"\(big)\"\nbomb: [\(Array(repeating: "*s", count: 2_000).joined(separator: ", "))]\n"
    #expect(throws: SpecError("", "not valid YAML: line 1, column 4: the document expands to more than 64 MiB (aliases count each time they are used)")) {
      try YAMLReader.parse(doc)
    }
  }

  @Test func aliasesWithinTheByteLimitResolve() throws {
    let big = String(repeating: "a", count: 1 << 20)
    let doc = "s: &s \"\(big)\"\nlist: [\(Array(repeating: "*s", count: 50).joined(separator: ", "))]\n"
    guard case .array(let items)? = try YAMLReader.parse(doc)["list"] else {
      Issue.record("not a list")
      return
    }
    #expect(items.count == 50)
    #expect(items.allSatisfy { $0 == .string(big) })
  }

  @Test func keysCountTowardsTheByteLimit() {
    let key = String(repeating: "k", count: 1 << 20)
    let doc = "m: &m\n  ? \(key)\n  : 1\nbomb: [\(Array(repeating: "*m", count: 100).joined(separator: ", "))]\n"
    #expect(throws: SpecError.self) { try YAMLReader.parse(doc) }
  }
}
