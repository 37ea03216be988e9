import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `lrsched check` end to end: golden files, `expect` assertions, exit codes 0/1/2, JUnit XML,
/// and the CI examples in examples/ci.
@Suite struct CheckTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let cosine = #"{"epochs": 100, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "CosineAnnealingLR", "T_max": 100}}"#

  /// A folder with `spec.json` (the cosine run, with `expect` when given) and its golden `golden.csv`.
  static func fixture(expect: String? = nil, spec: String = cosine) throws -> (dir: URL, spec: String, golden: String) {
    let dir = try CLI.temporaryDirectory()
    var text = spec
    if let expect { text = String(text.dropLast()) + #", "expect": \#(expect)}"# }
    let specPath = dir.appendingPathComponent("spec.json").path
    try text.write(toFile: specPath, atomically: true, encoding: .utf8)
    let golden = dir.appendingPathComponent("golden.csv").path
    let r = try CLI.run(["simulate", "--spec", specPath, "--output", golden])
    #expect(r.status == 0, "\(r.stderr)")
    return (dir, specPath, golden)
  }

  static func editGolden(_ path: String, _ edit: ([String]) -> [String]) throws {
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    try (edit(lines).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
  }

  @Test func ownGoldenPasses() throws {
    let f = try Self.fixture()
    let r = try CLI.run(["check", "--spec", f.spec, "--expect", f.golden])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("100 rows match"))
  }

  @Test func onePercentOffInOneRowFailsAndNamesTheStep() throws {
    let f = try Self.fixture()
    try Self.editGolden(f.golden) { lines in
      var l = lines
      let fields = l[31].split(separator: ",")
      let lr = (Double(fields[2]) ?? 0) * 1.01
      l[31] = "\(fields[0]),\(fields[1]),\(lr)"
      return l
    }
    let junit = f.dir.appendingPathComponent("report.xml").path
    let r = try CLI.run(["check", "--spec", f.spec, "--expect", f.golden, "--junit", junit])
    #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("first at step 30"))
    #expect(r.stdout.contains("1 of 100 rows differ"))
    #expect(r.stdout.contains("largest error"))
    #expect(r.stdout.contains("step  epoch  column  expected"))
    #expect(r.stderr == "lrsched: 1 of 1 check failed\n")
    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.contains("<failure message=\"first at step 30"))
    #expect(xml.contains("failures=\"1\""))
    #expect(Self.parses(xml))
  }

  @Test func goldenWithMissingRowsFails() throws {
    let f = try Self.fixture()
    try Self.editGolden(f.golden) { Array($0.dropLast(10)) }
    let r = try CLI.run(["check", "--spec", f.spec, "--expect", f.golden])
    #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("the golden file has 90 rows, the run 100"))
  }

  @Test func goldenWithOtherColumnsFails() throws {
    let f = try Self.fixture()
    try Self.editGolden(f.golden) { lines in ["step,epoch,lr_decay"] + lines.dropFirst() }
    let r = try CLI.run(["check", "--spec", f.spec, "--expect", f.golden])
    #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("lacks column lr"))
  }

  @Test func goldenInsideTheSpecIsRelativeToIt() throws {
    let f = try Self.fixture(expect: #"[{"golden": "golden.csv"}, {"at_step": 0, "lr": 0.1}]"#)
    let r = try CLI.run(["check", f.spec])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("2 passed"))
  }

  @Test func missingOrMalformedGoldenIsInvalidInput() throws {
    let f = try Self.fixture()
    let missing = try CLI.run(["check", "--spec", f.spec, "--expect", f.dir.appendingPathComponent("nope.csv").path])
    #expect(missing.status == 2, "\(missing.stdout)\(missing.stderr)")
    #expect(missing.stdout.contains("No such file"))
    try Self.editGolden(f.golden) { lines in var l = lines; l[5] = "4,4,zero"; return l }
    let bad = try CLI.run(["check", "--spec", f.spec, "--expect", f.golden])
    #expect(bad.status == 2)
    #expect(bad.stdout.contains("line 6: column lr: 'zero' is not a number"))
  }

  @Test func trueAssertionsExitZero() throws {
    let f = try Self.fixture(
      expect: #"[{"at_step": 0, "lr": 0.1}, {"at_epoch": 50, "lr": 0.05, "rtol": 1e-9}, {"max_lr": 0.1}, {"final_lr": {"lt": 1e-4, "gt": 0}}, {"monotonic": "non-increasing"}, {"peak_at_epoch": 0}]"#)
    let r = try CLI.run(["check", f.spec])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("6 passed"))
  }

  @Test func falseAtEpochExitsOne() throws {
    let f = try Self.fixture(expect: #"[{"at_step": 0, "lr": 0.1}, {"name": "halfway", "at_epoch": 50, "lr": 0.06}]"#)
    let r = try CLI.run(["check", f.spec])
    #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("FAIL  halfway: lr at step 50 (epoch 50)"))
  }

  @Test(arguments: [
    #"{"type": "CosineAnnealingWarmRestarts", "T_0": 10}"#,
    #"{"type": "CosineAnnealingLR", "T_max": 30}"#,
  ])
  func nonIncreasingFailsOnARestartingCosine(_ scheduler: String) throws {
    let spec = #"{"epochs": 100, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": \#(scheduler), "expect": [{"monotonic": "non-increasing"}]}"#
    let r = try CLI.run(["check", try CLI.file(spec)])
    #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("lr rises at step"))
  }

  @Test func missingSpecFileExitsTwo() throws {
    let dir = try CLI.temporaryDirectory()
    let r = try CLI.run(["check", "--spec", dir.appendingPathComponent("missing.json").path])
    #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("No such file or directory"))
    #expect(!r.crashed)
  }

  @Test func malformedAssertionExitsTwoNamingIt() throws {
    let f = try Self.fixture(expect: #"[{"max_lr": 0.1}, {"min_lr": 0}, {"final_lr": 0}, {"at_step": 1000, "lr": 0.1}]"#)
    let r = try CLI.run(["check", f.spec])
    #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("expect[3].at_step: step 1000 is past the run's last step (99)"))
  }

  @Test func aScheduleThatRaisesIsInvalidInputEvenWhenAssertionsPass() throws {
    let spec = #"{"epochs": 10, "steps_per_epoch": 100, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "OneCycleLR", "max_lr": 0.1, "total_steps": 999}, "expect": [{"max_lr": 0.1}]}"#
    let r = try CLI.run(["check", try CLI.file(spec)])
    #expect(r.status == 2, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("Tried to step 1000 times"))
  }

  @Test func severalSpecsAreSeveralSuites() throws {
    let good = try Self.fixture(expect: #"[{"at_step": 0, "lr": 0.1}]"#)
    let bad = try Self.fixture(expect: #"[{"final_lr": 0.1}]"#)
    let junit = good.dir.appendingPathComponent("report.xml").path
    let r = try CLI.run(["check", good.spec, bad.spec, "--junit", junit])
    #expect(r.status == 1, "\(r.stdout)\(r.stderr)")
    #expect(r.stdout.contains("2 specs, 2 checks: 1 passed, 1 failed, 0 errors"))
    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.components(separatedBy: "<testsuite ").count == 3)
    #expect(Self.parses(xml))
    let quiet = try CLI.run(["check", good.spec, bad.spec, "--quiet"])
    #expect(!quiet.stdout.contains("PASS"))
    #expect(quiet.stdout.contains("FAIL"))
  }

  @Test func invalidSpecAmongOthersIsAnErrorCase() throws {
    let good = try Self.fixture(expect: #"[{"at_step": 0, "lr": 0.1}]"#)
    let broken = try CLI.file(#"{"epochs": 10, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLR"}}"#)
    let junit = good.dir.appendingPathComponent("report.xml").path
    let r = try CLI.run(["check", good.spec, broken, "--junit", junit])
    #expect(r.status == 2)
    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.contains("<error message="))
    #expect(xml.contains("scheduler.step_size"))
  }

  @Test func theCIExamplesPass() throws {
    let specs = Self.repository.appendingPathComponent("examples/ci/specs").path
    let junit = try CLI.temporaryDirectory().appendingPathComponent("report.xml").path
    let r = try CLI.run(["check", specs, "--junit", junit])
    #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
    #expect(!r.stdout.contains("runs to the end"), "every example should have assertions")
    let xml = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(xml.contains("failures=\"0\" errors=\"0\""))
    #expect(Self.parses(xml))
    let lint = try CLI.run(["lint", "--strict", specs])
    #expect(lint.status == 0, "\(lint.stdout)\(lint.stderr)")
  }

  @Test func theWorkflowChecksTheExamplesFolder() throws {
    let yml = try String(
      contentsOf: Self.repository.appendingPathComponent("examples/ci/github-actions.yml"), encoding: .utf8)
    let specsLine = yml.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("SPECS:") }
    let folder = specsLine.map { $0.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces) } ?? ""
    var isDirectory: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: Self.repository.appendingPathComponent(folder).path, isDirectory: &isDirectory))
    #expect(isDirectory.boolValue)
    #expect(yml.contains("lrsched check \"$SPECS\" --junit"))
    #expect(yml.contains("swift build -c release --product lrsched"))
  }

  static func parses(_ xml: String) -> Bool {
    #if canImport(FoundationXML) || os(macOS)
    return XMLParser(data: Data(xml.utf8)).parse()
    #else
    return true
    #endif
  }
}
