import Foundation
import LRSchedTestSupport
import Testing

/// `lrsched find-lr` end to end: torch-lr-finder's suggestions on recorded tests, the range test
/// on the toy problem, the output formats and the errors.
@Suite struct FindLRTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let shared = repository.deletingLastPathComponent().appendingPathComponent("shared/reference/findlr")
  static let fixtures = repository.appendingPathComponent("Tests/LRSchedCoreTests/Fixtures/train")

  static let sharedLogs: [String] = {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: shared.path) else { return [] }
    return names.filter { $0.hasSuffix(".csv") }.sorted()
  }()

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test(arguments: sharedLogs)
  func steepestIsTorchLRFindersSuggestion(_ name: String) throws {
    let expect = try Self.json(String(contentsOf: Self.shared.appendingPathComponent("expect.json"), encoding: .utf8))
    let expected = try #require(expect[name] as? Double)
    let r = try CLI.run(["find-lr", "--log", Self.shared.appendingPathComponent(name).path, "--smoothing", "0", "--format", "json"])
    #expect(r.status == 0, "\(r.stderr)")
    let out = try Self.json(r.stdout)
    let suggestions = try #require(out["suggestions"] as? [String: Any])
    #expect(suggestions["steepest"] as? Double == expected)
    #expect(suggestions["minimum"] is Double && suggestions["valley"] is Double)
    #expect((out["lr"] as? [Double])?.count == (out["loss"] as? [Double])?.count)
  }

  @Test func toyRangeTestMatchesTorchLRFinder() throws {
    let expected = try Self.json(String(contentsOf: Self.fixtures.appendingPathComponent("rangetest-sgd-exp.rangetest.json"), encoding: .utf8))
    let r = try CLI.run([
      "find-lr", "--spec", Self.fixtures.appendingPathComponent("rangetest-sgd-exp.json").path, "--start-lr", "1e-6", "--end-lr", "100",
      "--num-iter", "120", "--diverge", "4", "--smoothing", "0", "--format", "json",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    let out = try Self.json(r.stdout)
    #expect(out["lr"] as? [Double] == expected["lr"] as? [Double])
    #expect((out["suggestions"] as? [String: Any])?["steepest"] as? Double == expected["steepest"] as? Double)
  }

  @Test func csvReadsBackAsALog() throws {
    let first = try CLI.run(["find-lr", "--samples", "400", "--features", "5", "--num-iter", "80", "--format", "csv"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix("lr,loss,suggestion\n1e-07,"))
    #expect(first.stdout.contains(",steepest") && first.stdout.contains("valley") && first.stdout.contains("minimum"))
    let log = try CLI.file(first.stdout, name: "range.csv")
    let again = try CLI.run(["find-lr", "--log", log, "--smoothing", "0", "--format", "csv"])
    #expect(again.status == 0, "\(again.stderr)")
    #expect(again.stdout == first.stdout)
  }

  @Test func textSummaryAndChart() throws {
    let r = try CLI.run(["find-lr", "--optimizer", "Adam", "--samples", "300", "--num-iter", "60", "--mode", "linear", "--start-lr", "0.0001", "--end-lr", "1"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("LR range test: 60 iterations from 0.0001 to 1.0 (linear)"))
    for name in ["steepest", "minimum", "valley"] { #expect(r.stdout.contains("\n  \(name)  ")) }
    #expect(r.stdout.contains("learning rate"))
    let plain = try CLI.run(["find-lr", "--num-iter", "12", "--no-chart"])
    #expect(plain.stdout.contains("steepest  none  too few points"))
    #expect(!plain.stdout.contains("learning rate"))
  }

  @Test func chartFile() throws {
    let path = try CLI.temporaryDirectory().appendingPathComponent("range.png").path
    let r = try CLI.run(["find-lr", "--samples", "200", "-o", path])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("LR range test: "))
    let image = try PNGImage.load(path: path)
    #expect(image.width == 640 && image.height == 480)
  }

  /// find-lr takes plot's image options: `--size` in pixels, `--dpi` scaling the default 6.4 × 4.8 in.
  @Test(arguments: [(["--size", "320x240"], 320, 240), (["--size", "1920x1080"], 1920, 1080), (["--dpi", "50"], 320, 240)])
  func chartFileSize(_ options: [String], _ width: Int, _ height: Int) throws {
    let path = try CLI.temporaryDirectory().appendingPathComponent("range.png").path
    let r = try CLI.run(["find-lr", "--samples", "200", "--num-iter", "40", "-o", path] + options)
    #expect(r.status == 0, "\(r.stderr)")
    let image = try PNGImage.load(path: path)
    #expect(image.width == width && image.height == height)
  }

  @Test(arguments: [
    (["--num-iter", "1"], "--num-iter: `num_iter` must be larger than 1, got 1"),
    (["--start-lr", "0"], "--start-lr: must be positive for an exponential ramp, got 0.0"),
    (["--smoothing", "1"], "--smoothing: must be at least 0 and less than 1, got 1.0"),
    (["--batch-size", "0"], "train.batch_size: the batch size must be at least 1, got 0"),
    (["--samples", "100000000"], "train.samples: the number of samples must be between 2 and 16777216, got 100000000"),
    (["--data", "/nonexistent/lrsched.csv"], "train.data: /nonexistent/lrsched.csv: No such file or directory"),
    (["--log", "/nonexistent/lrsched.csv"], "/nonexistent/lrsched.csv: No such file or directory"),
  ])
  func invalidInputExitsTwo(_ arguments: [String], _ message: String) throws {
    let r = try CLI.run(["find-lr"] + arguments)
    #expect(r.status == 2 && !r.crashed)
    #expect(r.stderr == "lrsched: \(message)\n")
  }

  @Test func badLogNamesTheLine() throws {
    let log = try CLI.file("lr,loss\n0.1,2\nnan,1\n", name: "bad.csv")
    let r = try CLI.run(["find-lr", "--log", log])
    #expect(r.status == 2)
    #expect(r.stderr == "lrsched: \(log):3: the learning rate must be a finite number, got nan\n")
    let noLoss = try CLI.file("lr,acc\n0.1,2\n", name: "noloss.csv")
    #expect(try CLI.run(["find-lr", "--log", noLoss]).stderr.contains("no 'loss' column"))
  }

  @Test(arguments: [
    ["--log", "x.csv", "--spec", "y.json"],
    ["--format", "yaml"],
    ["--mode", "cosine"],
    ["--skip-end", "-1"],
    ["--optimizer", "LAMB"],
    ["--size", "12x12", "-o", "x.png"],
    ["--size", "320x240x", "-o", "x.png"],
    ["--dpi", "0", "-o", "x.png"],
  ])
  func usageErrorsExit64(_ arguments: [String]) throws {
    let r = try CLI.run(["find-lr"] + arguments)
    #expect(r.status == 64 && !r.crashed, "\(r.stderr)")
  }
}
