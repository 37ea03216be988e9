import Foundation
import Testing

/// `check --log`, `plot --log`, `plot --follow` and `simulate --format tfevents` on the real logs.
@Suite struct LogCommandTests {
  static func fixture(_ name: String) -> String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("LRSchedLogsTests/Fixtures/\(name)").path
  }

  @Test func checkPassesAgainstThePlanThatMadeTheRun() throws {
    let r = try CLI.run([
      "check", "--spec", Self.fixture("trainer/plan.json"), "--log", Self.fixture("trainer/trainer_state.json"),
      "--log", Self.fixture("trainer"),
    ])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("2 passed"))
  }

  @Test func checkFromHuggingFaceArguments() throws {
    let r = try CLI.run([
      "check", "--from-hf", Self.fixture("trainer/training_args.json"), "--dataset-size", "64",
      "--log", Self.fixture("trainer/trainer_state.json"),
    ])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
  }

  @Test func checkFailsNamingTheStepAndWritesJUnit() throws {
    let junit = try CLI.temporaryDirectory().appendingPathComponent("r.xml").path
    let r = try CLI.run([
      "check", "--spec", Self.fixture("lightning/plan.json"), "--log", Self.fixture("lightning-per-epoch/metrics.csv"),
      "--junit", junit,
    ])
    #expect(r.status == 1)
    #expect(r.stdout.contains("first at step 1"), "\(r.stdout)")
    #expect(r.stdout.contains("once per epoch instead of once per batch"))
    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.contains("<failure"))
    let linear = try CLI.run(["check", "--spec", Self.fixture("loop/linear-plan.json"), "--log", Self.fixture("loop/wandb.csv")])
    #expect(linear.status == 1)
    #expect(linear.stdout.contains("the run left the plan from step 1"), "\(linear.stdout)")
  }

  @Test func checkOfAnUnreadableLogIsAnError() throws {
    let file = try CLI.file("a,b\n1,2\n", name: "nolr.csv")
    let r = try CLI.run(["check", "--spec", Self.fixture("loop/plan.json"), "--log", file])
    #expect(r.status == 2)
    #expect(r.stdout.contains("'a', 'b'"), "\(r.stdout)")
  }

  @Test func plotDrawsTheLogBesideThePlan() throws {
    let r = try CLI.run([
      "plot", "--spec", Self.fixture("lightning/plan.json"), "--log", Self.fixture("lightning/metrics.csv"), "--x", "step",
      "--width", "80", "--height", "20",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("metrics.csv lr-SGD/pg1 logged"))
    let png = try CLI.temporaryDirectory().appendingPathComponent("t.png").path
    let image = try CLI.run(["plot", "--spec", Self.fixture("trainer/plan.json"), "--log", Self.fixture("trainer"), "-o", png])
    #expect(image.status == 0, "\(image.stderr)")
    #expect(FileManager.default.fileExists(atPath: png))
  }

  @Test func plotWarnsWhenTheLogRunsPastThePlan() throws {
    let r = try CLI.run([
      "plot", "--scheduler", "cosine", "--epochs", "10", "--log", Self.fixture("loop/wandb.csv"), "--width", "60",
    ])
    #expect(r.status == 0)
    #expect(r.stderr.contains("past the plan's end"), "\(r.stderr)")
    let alone = try CLI.run(["plot", "--log", Self.fixture("loop/wandb.csv"), "--width", "60"])
    #expect(alone.stderr.contains("no epoch counter"), "\(alone.stderr)")
  }

  @Test func simulateWritesTensorBoardEvents() throws {
    let dir = try CLI.temporaryDirectory().appendingPathComponent("tb").path
    let r = try CLI.run(["simulate", "--spec", Self.fixture("loop/plan.json"), "--format", "tfevents", "-o", dir])
    #expect(r.status == 0, "\(r.stderr)")
    let check = try CLI.run(["check", "--spec", Self.fixture("loop/plan.json"), "--log", dir])
    #expect(check.status == 0, "\(check.stdout)")
    let missing = try CLI.run(["simulate", "--spec", Self.fixture("loop/plan.json"), "--format", "tfevents"])
    #expect(missing.status == 2)
  }

  @Test func followRedrawsAsTheLogGrows() throws {
    let file = try CLI.file("step,lr\n0,0.1\n1,0.09\n", name: "grow.csv")
    let p = Process()
    p.executableURL = CLI.binary
    p.arguments = ["plot", "--log", file, "--x", "step", "--follow", "--width", "50", "--height", "12", "--color", "never"]
    let out = Pipe()
    p.standardOutput = out
    p.standardError = Pipe()
    try p.run()
    Thread.sleep(forTimeInterval: 1.5)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("2,0.05\n3,0.01\n".utf8))
    try handle.close()
    Thread.sleep(forTimeInterval: 1.5)
    p.terminate()
    p.waitUntilExit()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(text.components(separatedBy: "\u{1B}[2J").count - 1 >= 2, "\(text)")
  }
}
