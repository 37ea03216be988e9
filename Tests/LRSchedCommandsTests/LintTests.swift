import Foundation
import Testing

/// `lrsched lint` end to end, and the warnings `simulate` prints before it runs.
@Suite struct LintTests {
  @Test func oneCycleWithTotalStepsOneShortIsFlagged() throws {
    let spec = #"{"epochs": 10, "steps_per_epoch": 100, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 999}}"#
    let r = try CLI.run(["lint", "--spec", try CLI.file(spec)])
    #expect(r.stdout.contains("warning LR001 scheduler.total_steps"))
    #expect(r.stdout.contains("fix: set total_steps to 1000"))
    // The schedule itself raises on the last step: reported, and invalid input.
    #expect(r.stdout.contains("error LR000"))
    #expect(r.status == 2)
  }

  @Test func strictFailsOnCosineShorterThanTheRun() throws {
    let args = ["--scheduler", "CosineAnnealingLR(optimizer, T_max=30)", "--epochs", "100"]
    let strict = try CLI.run(["lint", "--strict"] + args)
    #expect(strict.status == 1, "\(strict.stdout)\(strict.stderr)")
    #expect(strict.stdout.contains("LR003"))
    let lenient = try CLI.run(["lint"] + args)
    #expect(lenient.status == 0)
  }

  @Test func cleanSpecHasNoProblems() throws {
    let r = try CLI.run(["lint", "--strict", "--scheduler", "cosine", "--epochs", "100"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("no problems found"))
  }

  @Test func jsonFormat() throws {
    let r = try CLI.run(["lint", "--format", "json", "--scheduler", "StepLR(optimizer, step_size=200)", "--epochs", "100"])
    #expect(r.status == 0)
    let doc = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    let specs = doc?["specs"] as? [[String: Any]]
    let codes = (specs?.first?["findings"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
    #expect(codes == ["LR006", "LR007"])
    #expect(doc?["warnings"] as? Int == 2)
  }

  @Test func aScheduleThatCannotRunIsStillLinted() throws {
    let spec = #"{"epochs": 20, "optimizer": {"type": "Adam", "lr": 0.001, "weight_decay": 0.01}, "scheduler": {"type": "ReduceLROnPlateau"}}"#
    let r = try CLI.run(["lint", try CLI.file(spec)])
    #expect(r.stdout.contains("LR009"))
    #expect(r.stdout.contains("LR012"))
    #expect(r.stdout.contains("error LR000"))
    #expect(r.status == 2)
  }

  @Test func missingSpecIsInvalidInput() throws {
    let r = try CLI.run(["lint", "/nonexistent/spec.json"])
    #expect(r.status == 2)
    #expect(r.stdout.contains("No such file"))
  }

  @Test func simulateWarnsOnStandardErrorUnlessQuiet() throws {
    let args = ["simulate", "--scheduler", "CosineAnnealingLR(optimizer, T_max=30)", "--epochs", "100"]
    let loud = try CLI.run(args)
    #expect(loud.status == 0)
    let lines = loud.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(lines.first?.hasPrefix("lrsched: warning LR003 scheduler.T_max:") == true)
    let quiet = try CLI.run(args + ["--quiet"])
    #expect(quiet.stderr.isEmpty)
    #expect(quiet.stdout == loud.stdout)
  }
}
