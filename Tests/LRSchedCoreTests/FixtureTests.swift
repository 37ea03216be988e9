import Foundation
import Testing
@testable import LRSchedCore

/// Every fixture made with the real libraries (`scripts/fixtures/`), value for value.
@Suite struct FixtureTests {
  static let fixtureFiles: [URL] = {
    guard let dir = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
      let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path)
    else { return [] }
    return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { dir.appendingPathComponent($0) }
  }()

  @Test(arguments: fixtureFiles)
  func fixtureFileMatchesLibrary(_ file: URL) throws {
    let cases = try ReferenceCase.load(file)
    #expect(!cases.isEmpty)
    for c in cases {
      let m = c.mismatch()
      #expect(m == nil, "\(file.lastPathComponent) \(c.id): \(m ?? "")")
    }
  }

  /// The shared reference cases, when the checkout sits beside `shared/`.
  @Test func sharedReferenceCases() throws {
    guard let (count, failures) = try ReferenceCase.sharedFailures() else { return }
    #expect(count > 0)
    #expect(failures.isEmpty, "\(failures.count) of \(count) reference cases differ:\n\(failures.prefix(20).joined(separator: "\n"))")
  }
}
