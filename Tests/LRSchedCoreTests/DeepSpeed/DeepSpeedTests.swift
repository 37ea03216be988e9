import Foundation
import Testing
@testable import LRSchedCore

/// DeepSpeed's schedulers: the fixtures DeepSpeed 0.19.8 produced (`scripts/fixtures/gen_deepspeed.py`)
/// and the shared `deepspeed.jsonl`, value for value, and DeepSpeed's own refusals.
@Suite struct DeepSpeedTests {
  static func run(
    _ scheduler: String, steps: Int = 10, optimizer: String = #"{"type": "Adam", "lr": 0.01}"#
  ) -> (rows: [[Double]], error: SpecError?) {
    let text = #"{"epochs": 1, "steps_per_epoch": \#(steps), "interval": "step", "optimizer": \#(optimizer), "scheduler": \#(scheduler)}"#
    return ReferenceCase.rows(of: text)
  }

  static func expectRefusal(_ scheduler: String, path: String, message: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let (_, error) = run(scheduler, optimizer: #"{"type": "SGD", "lr": 0.1, "param_groups": [{"name": "a"}, {"name": "b"}]}"#)
    #expect(error?.path == path, "\(scheduler): \(String(describing: error))", sourceLocation: sourceLocation)
    #expect(error?.message == message, "\(scheduler): \(String(describing: error))", sourceLocation: sourceLocation)
  }

  @Test func fixturesMatchDeepSpeed() throws {
    let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("deepspeed.jsonl")
    let cases = try ReferenceCase.load(url)
    #expect(cases.count >= 50)
    for library in Set(cases.compactMap { ($0.spec["scheduler"]?["type"]).flatMap { v -> String? in if case .string(let s) = v { s } else { nil } } }) {
      #expect(SchedulerCatalog.lookup(library)?.library == .deepspeed, "\(library)")
    }
    #expect(cases.contains { $0.error != nil } && cases.contains { $0.expectedMomentum != nil })
    for c in cases {
      let m = c.mismatch()
      #expect(m == nil, "\(c.id): \(m ?? "")")
    }
  }

  /// `shared/reference/deepspeed.jsonl`, when the checkout sits beside `shared/`.
  @Test func sharedReferenceCases() throws {
    let url = ReferenceCase.sharedURL.deletingLastPathComponent().appendingPathComponent("deepspeed.jsonl")
    guard FileManager.default.fileExists(atPath: url.path) else { return }
    let cases = try ReferenceCase.load(url)
    #expect(cases.count > 0)
    let failures = cases.compactMap { c in c.mismatch().map { "\(c.id): \($0)" } }
    #expect(failures.isEmpty, "\(failures.count) of \(cases.count) differ:\n\(failures.joined(separator: "\n"))")
  }

  @Test func namesResolve() {
    for d in DeepSpeedCatalog.descriptors {
      #expect(SchedulerCatalog.lookup(d.name)?.name == d.name)
      #expect(SchedulerCatalog.lookup(d.bareName)?.name == d.name)
      #expect(SchedulerCatalog.lookup("deepspeed.runtime.lr_schedules." + d.bareName)?.name == d.name)
      #expect(d.configNames == [d.bareName])
      #expect(SchedulerCatalog.configured(.deepspeed, d.bareName)?.name == d.name)
      #expect(d.traits.contains(.perBatch))
      #expect(d.export == .unsupported)
      #expect(throws: SpecError.self) { _ = try d.warmup.apply(.object([("type", .string(d.name))]), 5) }
    }
    #expect(Library.deepspeed.pythonModule == "deepspeed.runtime.lr_schedules")
  }

  /// What the constructor writes is row 0: min LR for WarmupLR, 0.0 for WarmupCosineLR, the cycle
  /// minimum (and `cycle_min_mom` as beta1) for OneCycle.
  @Test func constructorSetsRowZero() {
    #expect(Self.run(#"{"type": "deepspeed.WarmupLR", "warmup_min_lr": 0.001, "warmup_max_lr": 0.1, "warmup_num_steps": 4, "warmup_type": "linear"}"#, steps: 7).rows
      == [[0.001], [0.001], [0.001 + 0.099 * 0.25], [0.001 + 0.099 * 0.5], [0.001 + 0.099 * 0.75], [0.1], [0.1]])
    #expect(Self.run(#"{"type": "deepspeed.WarmupCosineLR", "total_num_steps": 10, "warmup_num_steps": 2}"#).rows.first == [0.0])
    var momenta: [[Double]] = []
    let spec = #"{"epochs": 1, "steps_per_epoch": 3, "interval": "step", "optimizer": {"type": "AdamW", "lr": 0.5}, "scheduler": {"type": "deepspeed.OneCycle", "cycle_min_lr": 0.01, "cycle_max_lr": 0.1, "cycle_first_step_size": 2, "cycle_min_mom": 0.8, "cycle_max_mom": 0.9}}"#
    #expect(throws: Never.self) {
      try Simulation(spec: RunSpec(text: spec)).run { row in momenta.append(row.momenta) }
    }
    #expect(momenta.first == [0.8])
  }

  @Test func deepSpeedRefusals() {
    Self.expectRefusal(
      #"{"type": "deepspeed.WarmupLR", "warmup_num_steps": 0}"#, path: "scheduler.warmup_num_steps",
      message: "warmup_num_steps must be a positive integer, got 0")
    Self.expectRefusal(
      #"{"type": "deepspeed.WarmupCosineLR", "total_num_steps": 9, "warmup_num_steps": 2.0}"#, path: "scheduler.warmup_num_steps",
      message: "warmup_num_steps must be a positive integer, got 2.0")
    Self.expectRefusal(
      #"{"type": "deepspeed.WarmupLR", "warmup_max_lr": [0.1, 0.2, 0.3]}"#, path: "scheduler.warmup_max_lr",
      message: "expected 2 value for max_lr, got 3")
    Self.expectRefusal(
      #"{"type": "deepspeed.WarmupDecayLR"}"#, path: "scheduler.total_num_steps",
      message: "TypeError: WarmupDecayLR.__init__() missing 1 required positional argument: 'total_num_steps'")
    Self.expectRefusal(
      #"{"type": "deepspeed.OneCycle", "cycle_min_lr": 0.01}"#, path: "scheduler.cycle_max_lr",
      message: "TypeError: OneCycle.__init__() missing 1 required positional argument: 'cycle_max_lr'")
    Self.expectRefusal(
      #"{"type": "deepspeed.OneCycle", "cycle_min_lr": 0.01, "cycle_max_lr": 0.1, "cycle_first_step_size": -2}"#,
      path: "scheduler.cycle_first_step_size", message: "cycle_first_step_size must be positive, got -2.0")
    Self.expectRefusal(
      #"{"type": "deepspeed.OneCycle", "cycle_min_lr": 0.01, "cycle_max_lr": 0.1, "cycle_second_step_size": -1}"#,
      path: "scheduler.cycle_second_step_size", message: "cycle_second_step_size must be non-negative, got -1.0")
    Self.expectRefusal(
      #"{"type": "deepspeed.OneCycle", "cycle_min_lr": [0.01], "cycle_max_lr": 0.1}"#, path: "scheduler.cycle_min_lr",
      message: "expected 2 value for cycle_min_lr, got 1")
    Self.expectRefusal(
      #"{"type": "deepspeed.LRRangeTest", "lr_range_test_step_size": 0}"#, path: "scheduler.lr_range_test_step_size",
      message: "lr_range_test_step_size must be a positive integer, got 0")
    Self.expectRefusal(
      #"{"type": "deepspeed.LRRangeTest", "lr_range_test_min_lr": [0.1, 0.2, 0.3]}"#, path: "scheduler.lr_range_test_min_lr",
      message: "expected 2 lr_range_test_min_lr, got 3")
    Self.expectRefusal(
      #"{"type": "deepspeed.WarmupLR", "last_batch_iteration": 5}"#, path: "scheduler.last_batch_iteration",
      message: "only -1 (a run from its start) is simulated, got 5")
    Self.expectRefusal(
      #"{"type": "deepspeed.WarmupLR", "warmup_type": ["log"]}"#, path: "scheduler.warmup_type",
      message: "TypeError: unhashable type: 'list'")
  }

  /// Every declared parameter is read: giving its default changes nothing, an unknown one is refused.
  @Test(arguments: DeepSpeedCatalog.descriptors.map(\.name))
  func everyParameterIsRead(_ name: String) throws {
    let d = try #require(SchedulerCatalog.lookup(name))
    let required: [String: String] = ["total_num_steps": "10", "cycle_min_lr": "0.01", "cycle_max_lr": "0.1"]
    let base = d.parameters.compactMap { p in p.defaultValue == nil ? required[p.name].map { (p.name, $0) } : nil }
    func scheduler(_ members: [(String, String)]) -> String {
      "{" + ([#""type": "\#(name)""#] + members.map { #""\#($0.0)": \#($0.1)"# }).joined(separator: ", ") + "}"
    }
    let plain = Self.run(scheduler(base))
    #expect(plain.error == nil, "\(name): \(String(describing: plain.error))")
    #expect(Self.run(scheduler(base + [("not_an_argument", "1")])).error?.message.contains("has no argument 'not_an_argument'") == true)
    for p in d.parameters {
      guard let text = p.defaultValue else { continue }
      let json = text == "None" ? "null" : text == "True" ? "true" : text == "False" ? "false" : text.hasPrefix("'") ? "\"\(text.dropFirst().dropLast())\"" : text
      let r = Self.run(scheduler(base + [(p.name, json)]))
      #expect(r.error == nil && r.rows == plain.rows, "\(name).\(p.name)=\(text): \(String(describing: r.error))")
    }
  }
}
