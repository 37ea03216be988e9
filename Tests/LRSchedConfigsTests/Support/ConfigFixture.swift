import Foundation
import LRSchedConfigs
import LRSchedCore

/// One record of `Fixtures/configs.jsonl` (written by `scripts/fixtures/gen_configs.py`): a real
/// config file, the command-line hints, and what the framework computed for it.
struct ConfigFixture: Sendable, CustomStringConvertible {
  let id: String
  let source: String
  let file: String
  let text: String
  let hints: RunHints
  let expected: JSONValue
  let metrics: JSONValue?

  var description: String { id }

  /// The fixtures directory in the test bundle.
  static var directory: URL? { Bundle.module.url(forResource: "Fixtures", withExtension: nil) }

  /// Every record, in file order; empty when the fixtures cannot be read (a test checks that).
  static let all: [ConfigFixture] = (try? load()) ?? []

  static func load() throws -> [ConfigFixture] {
    guard let dir = directory else { return [] }
    let lines = try String(contentsOf: dir.appendingPathComponent("configs.jsonl"), encoding: .utf8)
      .split(separator: "\n")
    return try lines.map { line in
      let record = try JSONParser.parse(String(line))
      guard case .string(let id)? = record["id"], case .string(let source)? = record["source"],
        case .string(let file)? = record["file"], let expected = record["expected"]
      else { throw SpecError("", "malformed fixture record") }
      let hintsJSON = record["hints"]
      func int(_ key: String) -> Int? {
        if case .number(let n)? = hintsJSON?[key] { return n.int }
        return nil
      }
      let text = try String(contentsOf: dir.appendingPathComponent(file), encoding: .utf8)
      return ConfigFixture(
        id: id, source: source, file: file, text: text,
        hints: RunHints(batchesPerEpoch: int("steps_per_epoch"), datasetSize: int("dataset_size"), devices: int("devices")),
        expected: expected, metrics: record["metrics"])
    }
  }

  /// `expected[key]` as an integer.
  func expectedInt(_ key: String) -> Int? {
    if case .number(let n)? = expected[key] { return n.int }
    return nil
  }

  /// The expected learning rates, one per row.
  var expectedLRs: [Double] {
    guard case .array(let items)? = expected["lr"] else { return [] }
    return items.compactMap { if case .number(let n) = $0 { n.double } else { nil } }
  }
}
