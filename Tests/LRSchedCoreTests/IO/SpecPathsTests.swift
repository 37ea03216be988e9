import LRSchedCore
import Testing

/// `SpecPaths`: paths inside a spec stay in its folder; command-line paths are free.
@Suite struct SpecPathsTests {
  @Test func containedPathsResolveAgainstTheFolder() throws {
    #expect(try SpecPaths.resolve("g.csv", in: "/tmp", field: "f") == "/tmp/g.csv")
    #expect(try SpecPaths.resolve("a/../g.csv", in: ".", field: "f") == "a/../g.csv")
    #expect(try SpecPaths.resolve("/etc/passwd", in: nil, field: "f") == "/etc/passwd")
  }

  @Test(arguments: ["/etc/passwd", "../x.csv", "a/../../x.csv", "./../x.csv"])
  func escapingPathsAreRefused(_ path: String) {
    #expect(throws: SpecError.self) { try SpecPaths.resolve(path, in: "/tmp", field: "expect[0].golden") }
  }
}
