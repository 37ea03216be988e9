import Testing

@testable import LRSchedCore

/// `ScheduleSummary` and `GroupSummary`: the numbers `lrsched summary` prints.
@Suite struct ScheduleSummaryTests {
  private func spec(_ scheduler: String, epochs: Int = 100, extra: String = "") throws -> RunSpec {
    try RunSpec(text: #"{"epochs": \#(epochs), \#(extra) "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": \#(scheduler)}"#)
  }

  @Test func stepLRCountsEachDropAsADecay() throws {
    let s = try ScheduleSummary(spec: spec(#"{"type": "StepLR", "step_size": 30}"#))
    let g = try #require(s.groups.first)
    #expect(g.peak == 0.1 && g.peakStep == 0)
    #expect(g.decays == 3)
    #expect(g.minimumStep == 90)
    #expect(s.phases.map(\.step) == [30, 60, 90])
    #expect(s.warmupEnd == nil)
    #expect(abs(g.sum - (30 * 0.1 + 30 * 0.01 + 30 * 0.001 + 10 * 0.0001)) < 1e-12)
    #expect(abs(g.mean - g.sum / 100) < 1e-15)
  }

  @Test func aWarmupEndsAtItsMarker() throws {
    let s = try ScheduleSummary(
      spec: spec(#"{"type": "get_cosine_schedule_with_warmup", "num_warmup_steps": 30, "num_training_steps": 300}"#, epochs: 3, extra: #""steps_per_epoch": 100, "interval": "step","#))
    #expect(s.warmupEnd == 30)
    #expect(s.groups[0].peakStep == 30)
    #expect(s.groups[0].minimum == 0 && s.groups[0].minimumStep == 0)
    #expect(s.groups[0].decays == 1)
    #expect(s.shape.rows == 300)
  }

  @Test func restartsAreSeparateDecays() throws {
    let s = try ScheduleSummary(spec: spec(#"{"type": "CosineAnnealingWarmRestarts", "T_0": 10}"#, epochs: 40))
    #expect(s.groups[0].decays == 4)
  }

  @Test func everyGroupIsSummarized() throws {
    let s = try ScheduleSummary(
      spec: try RunSpec(
        text: #"{"epochs": 10, "optimizer": {"type": "SGD", "lr": 0.1, "param_groups": [{"name": "body"}, {"name": "head", "lr": 1.0}]}, "scheduler": {"type": "StepLR", "step_size": 5}}"#))
    #expect(s.groups.map(\.name) == ["body", "head"])
    #expect(s.groups[1].peak == 1.0)
    #expect(s.text.contains("group head:"))
    guard case .array(let groups)? = s.json["groups"] else {
      Issue.record("no groups")
      return
    }
    #expect(groups.count == 2)
  }

  @Test func theSumIsCompensated() {
    var g = GroupSummary(name: "0")
    for i in 0..<1_000_000 { g.observe(step: i, epoch: Double(i), lr: 0.1) }
    #expect(abs(g.sum - 100_000) < 1e-9)
  }

  @Test func rowSelections() throws {
    #expect(try RowSelection(at: nil, every: nil, rows: 10) == .all)
    let every = try RowSelection(at: nil, every: 4, rows: 10)
    #expect((0..<10).filter { every.includes(step: $0, rows: 10) } == [0, 4, 8, 9])
    let at = try RowSelection(at: [7, 0], every: nil, rows: 10)
    #expect((0..<10).filter { at.includes(step: $0, rows: 10) } == [0, 7])
    #expect(throws: SpecError.self) { try RowSelection(at: [10], every: nil, rows: 10) }
    #expect(throws: SpecError.self) { try RowSelection(at: nil, every: 0, rows: 10) }
    #expect(throws: SpecError.self) { try RowSelection(at: [1], every: 2, rows: 10) }
  }
}
