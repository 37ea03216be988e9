import Foundation
import LRSchedCore

/// The committed real logs (`scripts/fixtures/gen_logs.py`) and their plans.
enum Fixture {
  /// The path of `name` under Fixtures.
  static func path(_ name: String) -> String {
    let dir = Bundle.module.url(forResource: "Fixtures", withExtension: nil)
      ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    return dir.appendingPathComponent(name).path
  }

  /// The spec at `name`.
  static func spec(_ name: String) throws -> RunSpec {
    let p = path(name)
    let text = try String(contentsOfFile: p, encoding: .utf8)
    return try RunSpec(json: try JSONParser.parse(text), baseDirectory: FilePaths.directory(of: p))
  }

  /// A temporary file holding `text`.
  static func file(_ text: String, name: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lrsched-logs-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let p = dir.appendingPathComponent(name).path
    try text.write(toFile: p, atomically: true, encoding: .utf8)
    return p
  }
}
