import Foundation
import Testing

/// Files named inside a spec stay inside its folder, only regular files are read, and errors
/// never echo a file's contents.
@Suite struct SpecPathTests {
  static let run = #""epochs": 3, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "CosineAnnealingLR", "T_max": 3}"#

  static func spec(_ extra: String, in dir: URL, name: String = "spec.json") throws -> String {
    let url = dir.appendingPathComponent(name)
    try "{\(run), \(extra)}".write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func environGoldenLeaksNothingIntoJUnit() throws {
    let dir = try CLI.temporaryDirectory()
    let spec = try Self.spec(#""expect": [{"golden": "/proc/self/environ"}]"#, in: dir)
    let report = dir.appendingPathComponent("r.xml").path
    let r = try CLI.run(["check", spec, "--junit", report], environment: ["LRSCHED_TEST_SECRET": "hunter2-secret"])
    #expect(r.status == 2 && !r.crashed)
    let xml = try String(contentsOfFile: report, encoding: .utf8)
    #expect(!xml.contains("hunter2-secret") && !r.stdout.contains("hunter2-secret") && !r.stderr.contains("hunter2-secret"))
    #expect(r.stdout.contains("is an absolute path"))
    #expect(r.stdout.contains("--allow-outside-paths"))
  }

  @Test(arguments: [
    (#""expect": [{"golden": "../../../../../../etc/passwd"}]"#, "leaves the spec's folder"),
    (#""expect": [{"golden": "/etc/passwd"}]"#, "is an absolute path"),
    (#""train": {"data": "/etc/passwd"}"#, "is an absolute path"),
    (#""train": {"data": "sub/../../x.csv"}"#, "leaves the spec's folder"),
  ])
  func escapingPathsAreRefused(_ extra: String, _ message: String) throws {
    let dir = try CLI.temporaryDirectory()
    let spec = try Self.spec(extra, in: dir)
    let r = try CLI.run(["check", spec])
    #expect(r.status == 2 && !r.crashed)
    #expect((r.stdout + r.stderr).contains(message), "\(r.stdout)\(r.stderr)")
    #expect(!(r.stdout + r.stderr).contains("root:"))
  }

  @Test func symbolicLinksOutOfTheFolderAreRefused() throws {
    let dir = try CLI.temporaryDirectory()
    try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("g.csv").path, withDestinationPath: "/etc/passwd")
    let spec = try Self.spec(#""expect": [{"golden": "g.csv"}]"#, in: dir)
    let r = try CLI.run(["check", spec])
    #expect(r.status == 2)
    #expect(r.stdout.contains("symbolic link") && !r.stdout.contains("root:"))
  }

  @Test func insidePathsAndTheFlagStillWork() throws {
    let dir = try CLI.temporaryDirectory()
    let golden = try CLI.run(["simulate", "--scheduler", "cosine", "--epochs", "3", "--param", "T_max=3"]).stdout
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try golden.write(to: dir.appendingPathComponent("sub/g.csv"), atomically: true, encoding: .utf8)
    let inside = try Self.spec(#""expect": [{"golden": "./sub/../sub/g.csv"}]"#, in: dir)
    #expect(try CLI.run(["check", inside]).status == 0)
    let outside = try Self.spec(#""expect": [{"golden": "\#(dir.path)/sub/g.csv"}]"#, in: dir, name: "abs.json")
    #expect(try CLI.run(["check", outside]).status == 2)
    #expect(try CLI.run(["check", outside, "--allow-outside-paths"]).status == 0)
  }

  @Test func headersAreShownShortened() throws {
    let dir = try CLI.temporaryDirectory()
    try (String(repeating: "secretcolumn", count: 2000) + "\n1\n").write(
      to: dir.appendingPathComponent("g.csv"), atomically: true, encoding: .utf8)
    let spec = try Self.spec(#""expect": [{"golden": "g.csv"}]"#, in: dir)
    let r = try CLI.run(["check", spec])
    #expect(r.status == 1)
    #expect(r.stdout.contains("…"))
    #expect(r.stdout.count < 2000, "\(r.stdout.count) characters")
  }

  @Test func fifosAreNotRead() throws {
    let dir = try CLI.temporaryDirectory()
    let fifo = dir.appendingPathComponent("x.json").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let folder = try CLI.run(["check", dir.path])
    #expect(folder.status == 2 && folder.stderr.contains("no spec files"))
    let direct = try CLI.run(["check", fifo])
    #expect(direct.status == 2 && direct.stdout.contains("not a regular file"))
    let simulate = try CLI.run(["simulate", "--spec", fifo])
    #expect(simulate.status == 2 && simulate.stderr.contains("not a regular file"))
    let goldenFifo = dir.appendingPathComponent("g.csv").path
    #expect(mkfifo(goldenFifo, 0o600) == 0)
    let spec = try Self.spec(#""expect": [{"golden": "g.csv"}], "train": {"data": "g.csv"}"#, in: dir, name: "s.yaml")
    let golden = try CLI.run(["check", spec])
    #expect(golden.status == 2 && (golden.stdout + golden.stderr).contains("not a regular file"))
  }
}
