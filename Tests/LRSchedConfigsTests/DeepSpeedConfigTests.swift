import Foundation
import LRSchedCore
import Testing
@testable import LRSchedConfigs

/// `--from-deepspeed`: the shared `ds_config_*.json` files give the learning rates DeepSpeed's
/// engine produced (`shared/reference/deepspeed/ds_configs.expect.json`), and the reader refuses
/// what the engine refuses.
@Suite struct DeepSpeedConfigTests {
  /// `shared/reference/deepspeed/` beside the checkout.
  static let sharedDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/reference/deepspeed")

  static func lrs(_ spec: RunSpec) throws -> [[Double]] {
    var out: [[Double]] = []
    try Simulation(spec: spec).run { row in out.append(row.lrs) }
    return out
  }

  @Test func sharedConfigsGiveDeepSpeedsLearningRates() throws {
    let expectURL = Self.sharedDirectory.appendingPathComponent("ds_configs.expect.json")
    guard FileManager.default.fileExists(atPath: expectURL.path) else { return }
    let expected = try JSONParser.parse(String(contentsOf: expectURL, encoding: .utf8))
    guard case .object(let files) = expected else { Issue.record("ds_configs.expect.json is not an object"); return }
    #expect(files.count >= 8)
    for (file, record) in files {
      guard case .number(let n)? = record["steps"], let steps = n.int, case .array(let rows)? = record["lr"] else {
        Issue.record("\(file): malformed record")
        continue
      }
      let want: [[Double]] = rows.map { row in
        guard case .array(let values) = row else { return [] }
        return values.map { if case .number(let v) = $0 { v.double } else { .nan } }
      }
      let request = ScheduleRequest(
        source: .deepSpeed(Self.sharedDirectory.appendingPathComponent(file).path), scheduler: nil,
        overrides: RunOverrides(epochs: 1, stepsPerEpoch: steps), hints: RunHints(batchesPerEpoch: steps))
      let got = try Self.lrs(SpecResolver.resolve(request))
      #expect(got == want, "\(file)")
    }
  }

  private func spec(_ json: String, _ hints: RunHints = RunHints(batchesPerEpoch: 10)) throws -> JSONValue {
    try DeepSpeedConfig.spec(text: json, name: "ds_config.json", hints: hints)
  }

  @Test func readsTheSectionsAsTheEngineDoes() throws {
    let s = try spec(
      #"{"gradient_accumulation_steps": 2, "optimizer": {"type": "Adam", "params": {"lr": 0.02, "betas": [0.8, 0.99], "weight_decay": 0.1}}, "scheduler": {"type": "WarmupDecayLR", "params": {"total_num_steps": 30, "warmup_num_steps": 5}}}"#)
    #expect(s["interval"] == .string("step"))
    #expect(s["steps_per_epoch"] == .number(JSONNumber(5)))
    #expect(s["epochs"] == .number(JSONNumber(6)))
    #expect(s["optimizer"]?["type"] == .string("AdamW"))
    #expect(s["optimizer"]?["lr"] == .number(JSONNumber(0.02)))
    #expect(s["scheduler"]?["type"] == .string(SchedulerCatalog.configured(.deepspeed, "WarmupDecayLR")?.name ?? ""))
    let sgd = try spec(#"{"optimizer": {"type": "SGD", "params": {"lr": 0.1, "momentum": 0.9}}, "scheduler": {"type": "StepLR", "params": {"step_size": 3}}}"#)
    #expect(sgd["optimizer"]?["momentum"] == .number(JSONNumber(0.9)))
    #expect(sgd["scheduler"]?["type"] == .string("StepLR"))
    let plainAdam = try spec(#"{"optimizer": {"type": "Adam", "params": {"adam_w_mode": false}}, "scheduler": {"type": "WarmupLR", "params": {}}}"#)
    #expect(plainAdam["optimizer"]?["type"] == .string("Adam"))
    #expect(plainAdam["optimizer"]?["lr"] == .number(JSONNumber(0.001)))
  }

  @Test func refusesWhatTheEngineRefuses() {
    #expect(throws: SpecError("scheduler.type", "AssertionError: DeepSpeed does not recognize LR scheduler WarmupLr (did you mean 'WarmupLR'?)")) {
      try spec(#"{"optimizer": {"type": "Adam"}, "scheduler": {"type": "WarmupLr", "params": {}}}"#)
    }
    #expect(throws: SpecError("scheduler.params", "TypeError: WarmupLR() argument after ** must be a mapping, not NoneType")) {
      try spec(#"{"optimizer": {"type": "Adam"}, "scheduler": {"type": "WarmupLR"}}"#)
    }
    #expect(throws: SpecError.self) { try spec(#"{"gradient_accumulation_steps": 3, "optimizer": {"type": "Adam"}}"#) }
    #expect(throws: SpecError.self) {
      try spec(#"{"train_batch_size": 32, "train_micro_batch_size_per_gpu": 5, "optimizer": {"type": "Adam"}}"#)
    }
    #expect(throws: SpecError.self) { try spec(#"{"scheduler": {"type": "WarmupLR", "params": {}}}"#) }
    #expect(throws: SpecError.self) { try spec(#"{"train_batch_size": 32}"#) }
  }
}
