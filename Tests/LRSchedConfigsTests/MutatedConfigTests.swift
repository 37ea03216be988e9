import LRSchedCore
import Testing
@testable import LRSchedConfigs

/// Every top-level value of a real config of each kind replaced by values of every other type and
/// by extreme numbers: each conversion either succeeds or throws a `SpecError` (a crash would end
/// the test run), and a converted spec either simulates or is refused with one.
@Suite struct MutatedConfigTests {
  static let replacements: [JSONValue] = [
    .null, .bool(true), .string("x"), .array([]), .object([]),
    .number(JSONNumber(0)), .number(JSONNumber(-1)), .number(JSONNumber(Int.max)), .number(JSONNumber(Int.min)),
    .number(JSONNumber(1e300)), .number(JSONNumber(0.5)), .array([.number(JSONNumber(Int.max))]),
  ]

  static let samples = ["hf-restarts-devices", "timm-cosine-cycles", "timm-cosine-updates", "lightning-onecycle-step"]

  @Test(arguments: ConfigFixture.all.filter { samples.contains($0.id) })
  func everyKeyEveryType(_ f: ConfigFixture) throws {
    let doc = try SpecLoader.document(f.text, name: f.file, nonFinite: .asString)
    guard case .object(let members) = doc else { return }
    var refused = 0
    for (key, _) in members {
      for replacement in Self.replacements {
        let mutated = doc.setting(key, to: replacement)
        do {
          let spec: JSONValue
          switch f.source {
          case "hf": spec = try HuggingFaceTrainer.run(from: mutated, hints: f.hints).spec
          case "timm": spec = try TimmTrainConfig.run(from: mutated, hints: f.hints).spec
          default: spec = try SpecLoader.load(JSONWriter.format(mutated), name: "-", hints: f.hints).json
          }
          let run = try RunSpec(json: spec)
          if run.rows <= 5000 {
            try Simulation(spec: run).run { _ in }
          }
        } catch is SpecError {
          refused += 1
        }
      }
    }
    #expect(refused > 0)
  }

  @Test func extremeHints() throws {
    for f in ConfigFixture.all where f.source != "lightning" {
      for hints in [
        RunHints(batchesPerEpoch: Int.max), RunHints(datasetSize: Int.max, devices: Int.max), RunHints(datasetSize: 1, devices: 1000),
        RunHints(batchesPerEpoch: 0),
      ] {
        do {
          _ = try RunSpec(json: f.source == "hf"
            ? HuggingFaceTrainer.run(text: f.text, name: f.file, hints: hints).spec
            : TimmTrainConfig.run(text: f.text, name: f.file, hints: hints).spec)
        } catch is SpecError {}
      }
    }
  }
}
