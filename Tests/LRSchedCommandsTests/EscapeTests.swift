import Foundation
import Testing

/// Control characters from a spec are escaped in every message, byte-order marks are accepted,
/// UTF-16 is named, and long values are echoed as short excerpts.
@Suite struct EscapeTests {
  static let run = #""epochs": 3, "optimizer": {"type": "SGD", "lr": 0.1}"#

  @Test func anEscapeInAKeyIsEscaped() throws {
    let spec = try CLI.file(#"{\#(Self.run), "scheduler": {"type": "StepLR", "step_size": 1, "\u001b[2Jbad": 1}}"#)
    for command in ["simulate", "lint", "check", "plot", "export"] {
      let r = try CLI.run([command, "--spec", spec])
      #expect(r.status == 2, "\(command)")
      #expect(!(r.stdout + r.stderr).contains("\u{1B}"), "\(command)")
      #expect((r.stdout + r.stderr).contains(#"\x1b[2Jbad"#), "\(command)")
    }
  }

  @Test func anEscapeInAnExpectationNameIsEscaped() throws {
    let dir = try CLI.temporaryDirectory()
    let spec = dir.appendingPathComponent("s.json")
    try #"{\#(Self.run), "scheduler": {"type": "StepLR", "step_size": 1}, "expect": [{"name": "\u001b[2K\rPASS fake", "max_lr": 0.01}]}"#
      .write(to: spec, atomically: true, encoding: .utf8)
    let report = dir.appendingPathComponent("r.xml").path
    let r = try CLI.run(["check", spec.path, "--junit", report])
    #expect(r.status == 1)
    #expect(!r.stdout.contains("\u{1B}") && !r.stdout.contains("\r"))
    #expect(r.stdout.contains(#"\x1b[2K\x0dPASS fake"#))
    #expect(!(try String(contentsOfFile: report, encoding: .utf8)).contains("\u{1B}"))
  }

  @Test(arguments: ["spec.json", "spec.yaml"])
  func aByteOrderMarkIsAccepted(_ name: String) throws {
    let text = "\u{FEFF}{\(Self.run), \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 1}}"
    let r = try CLI.run(["simulate", "--spec", try CLI.file(text, name: name)])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("step,epoch,lr\n"))
  }

  @Test func aGoldenWithAByteOrderMarkIsAccepted() throws {
    let dir = try CLI.temporaryDirectory()
    let golden = try CLI.run(["simulate", "--scheduler", "step", "--param", "step_size=1", "--epochs", "3"]).stdout
    try Data([0xEF, 0xBB, 0xBF] + Array(golden.utf8)).write(to: dir.appendingPathComponent("g.csv"))
    let spec = dir.appendingPathComponent("s.json")
    try #"{\#(Self.run), "scheduler": {"type": "StepLR", "step_size": 1}, "expect": [{"golden": "g.csv"}]}"#
      .write(to: spec, atomically: true, encoding: .utf8)
    let r = try CLI.run(["check", spec.path])
    #expect(r.status == 0, "\(r.stdout)")
  }

  @Test func utf16IsNamed() throws {
    let dir = try CLI.temporaryDirectory()
    let text = "{\(Self.run), \"scheduler\": {\"type\": \"StepLR\", \"step_size\": 1}, \"expect\": [{\"golden\": \"g.csv\"}]}"
    let spec = dir.appendingPathComponent("s.json")
    try #require(text.data(using: .utf16)).write(to: spec)
    let r = try CLI.run(["simulate", "--spec", spec.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("UTF-16 is not supported, save the file as UTF-8"))
    try text.write(to: spec, atomically: true, encoding: .utf8)
    try #require("step,epoch,lr\n".data(using: .utf16)).write(to: dir.appendingPathComponent("g.csv"))
    let check = try CLI.run(["check", spec.path])
    #expect(check.status == 2)
    #expect(check.stdout.contains("UTF-16 is not supported"))
  }

  @Test func longValuesAreExcerpted() throws {
    let long = String(repeating: "x", count: 100_000)
    let spec = try CLI.file(#"{\#(Self.run), "scheduler": {"type": "\#(long)"}}"#)
    let r = try CLI.run(["simulate", "--spec", spec])
    #expect(r.status == 2)
    #expect(r.stderr.count < 1000, "\(r.stderr.count) characters")
    #expect(r.stderr.contains("…"))
    let spaced = try CLI.run(["simulate", "--scheduler", String(repeating: "y ", count: 50_000), "--epochs", "3"])
    #expect(spaced.status != 0)
    #expect(spaced.stderr.split(separator: "\n").allSatisfy { $0.count <= 1001 })
  }
}
