import Testing

/// Integer arguments at `Int.min` (and `Int.max`) end in a message or a run, never a crash, in
/// every command that builds the schedule.
@Suite struct HostileIntegerTests {
  static let minimum = "-9223372036854775808"

  static let schedules: [[String]] = [
    ["--scheduler", "multistep", "--param", "milestones=[\(minimum)]"],
    ["--scheduler", "multistep", "--param", "milestones=[9223372036854775807]"],
    ["--scheduler", "step", "--param", "step_size=\(minimum)"],
    ["--scheduler", "cosine", "--param", "T_max=\(minimum)"],
    ["--scheduler", "linear", "--param", "total_iters=\(minimum)"],
    ["--scheduler", "onecycle", "--param", "max_lr=0.1", "--param", "epochs=\(minimum)", "--param", "steps_per_epoch=10"],
  ]

  @Test(arguments: ["plot", "simulate", "lint", "export"], schedules)
  func noCrash(_ command: String, _ schedule: [String]) throws {
    let r = try CLI.run([command] + schedule + ["--epochs", "5"])
    #expect(!r.crashed, "\(command) \(schedule): \(r.stderr.prefix(300))")
    #expect([0, 1, 2].contains(r.status), "\(command) \(schedule): \(r.status) \(r.stderr.prefix(300))")
    #expect(!r.stderr.contains("Fatal error"))
  }
}
