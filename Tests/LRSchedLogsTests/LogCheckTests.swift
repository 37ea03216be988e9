import Foundation
import LRSchedCore
import LRSchedLogs
import Testing

/// Real runs checked against the plans that made them, and against other plans.
@Suite struct LogCheckTests {
  static func check(_ spec: String, _ log: String, offset: Int? = nil) throws -> LogCheckReport {
    try LogCheck(offset: offset).check(try Fixture.spec(spec), log: try LogFile.open(Fixture.path(log)))
  }

  @Test(arguments: [
    ("trainer/plan.json", "trainer/trainer_state.json", 32),
    ("trainer/plan.json", "trainer/events.out.tfevents.trainer", 32),
    ("lightning/plan.json", "lightning/metrics.csv", 64),
    ("lightning/plan.json", "lightning/events.out.tfevents.lightning", 64),
    ("loop/plan.json", "loop/wandb.csv", 32),
  ])
  func aRunMatchesItsPlan(spec: String, log: String, points: Int) throws {
    let report = try Self.check(spec, log)
    #expect(report.passed, "\(report.checkCase.message) \(report.checkCase.details)")
    #expect(report.points == points)
  }

  @Test func theTrainerStoresFloat32InEventsSoItsToleranceIsFloat32() throws {
    let report = try Self.check("trainer/plan.json", "trainer/events.out.tfevents.trainer")
    #expect(report.rtol == 0x1p-23)
    #expect(try Self.check("trainer/plan.json", "trainer/trainer_state.json").rtol == 1e-9)
  }

  @Test func linearInsteadOfCosineFailsAtTheFirstStepThatDiffers() throws {
    let report = try Self.check("loop/linear-plan.json", "loop/wandb.csv")
    #expect(!report.passed)
    #expect(report.first?.logStep == 1)
    #expect(report.differing == 30)
    #expect(report.checkCase.message.contains("from step 1"))
  }

  @Test func oneCycleSteppedPerEpochIsRecognised() throws {
    let report = try Self.check("lightning/plan.json", "lightning-per-epoch/metrics.csv")
    #expect(!report.passed)
    #expect(report.first?.logStep == 1)
    #expect(report.cause?.contains("once per epoch instead of once per batch") == true, "\(report.cause ?? "nil")")
  }

  @Test func theTrainerReadAsALoopIsOffByOne() throws {
    let report = try Self.check("trainer/plan.json", "trainer/trainer_state.json", offset: 0)
    #expect(!report.passed)
    #expect(report.cause?.hasPrefix("off by one step") == true, "\(report.cause ?? "nil")")
  }

  @Test func aTrainerStateOfTransformers4FitsItsOtherConvention() throws {
    let plan = try Fixture.spec("trainer/plan.json")
    let rows = try Self.rows(plan)
    let entries = (1..<32).map { s in #"{"step": \#(s), "learning_rate": \#(rows[s])}"# }.joined(separator: ", ")
    let path = try Fixture.file(#"{"log_history": [\#(entries)]}"#, name: "trainer_state.json")
    let report = try LogCheck().check(plan, log: try LogFile.open(path))
    #expect(report.passed, "\(report.checkCase.details)")
    #expect(report.alignment.first?.contains("plan row = step (the better fit") == true, "\(report.alignment)")
  }

  @Test func aRestartedScheduleIsRecognised() throws {
    let plan = try Fixture.spec("loop/plan.json")
    let rows = try Self.rows(plan)
    let text = "step,lr\n" + (0..<32).map { s in "\(s),\(rows[s < 20 ? s : s - 20])" }.joined(separator: "\n") + "\n"
    let report = try LogCheck().check(plan, log: try LogFile.open(try Fixture.file(text, name: "r.csv")))
    #expect(report.first?.row == 20)
    #expect(report.cause?.contains("restarted the schedule at step 20") == true, "\(report.cause ?? "nil")")
  }

  @Test func aMissingWarmupIsRecognised() throws {
    let plan = try Fixture.spec("trainer/plan.json")
    let text = "step,lr\n" + (0..<32).map { s in "\(s),\(0.001 * (1 + cos(Double.pi * Double(s) / 32)) / 2)" }.joined(separator: "\n") + "\n"
    let report = try LogCheck().check(plan, log: try LogFile.open(try Fixture.file(text, name: "w.csv")))
    #expect(report.cause?.hasPrefix("warmup missing") == true, "\(report.cause ?? "nil")")
  }

  @Test func aLongerRunIsRecognised() throws {
    let plan = try Fixture.spec("loop/plan.json")
    let text = "step,lr\n" + (0..<32).map { s in "\(s),\(0.05 * (1 + cos(Double.pi * Double(s) / 64)) / 2)" }.joined(separator: "\n") + "\n"
    let report = try LogCheck().check(plan, log: try LogFile.open(try Fixture.file(text, name: "l.csv")))
    #expect(report.cause?.hasPrefix("a different total length") == true, "\(report.cause ?? "nil")")
    #expect(report.cause?.contains("longer") == true)
  }

  @Test func aLogPastThePlanIsADifferentLength() throws {
    let plan = try Fixture.spec("loop/plan.json")
    let rows = try Self.rows(plan)
    let text = "step,lr\n" + (0..<36).map { s in "\(s),\(s < 32 ? rows[s] : 0)" }.joined(separator: "\n") + "\n"
    let report = try LogCheck().check(plan, log: try LogFile.open(try Fixture.file(text, name: "p.csv")))
    #expect(report.pastPlan == 4)
    #expect(report.first?.row == 32)
    #expect(report.cause?.contains("past the plan's last step 31") == true, "\(report.cause ?? "nil")")
  }

  @Test func aPerEpochPlanTakesLightningStepsAsBatchesAndALoopsAsEpochs() throws {
    let plan = try RunSpec(json: try JSONParser.parse(#"{"epochs": 4, "steps_per_epoch": 10, "interval": "epoch", "optimizer": {"type": "SGD", "lr": 1.0}, "scheduler": {"type": "StepLR", "step_size": 1, "gamma": 0.5}}"#))
    let lightning = "lr-SGD,step\n" + (0..<40).map { s in "\(pow(0.5, Double(s / 10))),\(s)" }.joined(separator: "\n") + "\n"
    let loop = "step,lr\n" + (0..<4).map { e in "\(e),\(pow(0.5, Double(e)))" }.joined(separator: "\n") + "\n"
    #expect(try LogCheck().check(plan, log: try LogFile.open(try Fixture.file(lightning, name: "l.csv"))).passed)
    #expect(try LogCheck().check(plan, log: try LogFile.open(try Fixture.file(loop, name: "e.csv"))).passed)
  }

  static func rows(_ spec: RunSpec) throws -> [Double] {
    var out: [Double] = []
    try Simulation(spec: spec).run { out.append($0.lrs[0]) }
    return out
  }
}
