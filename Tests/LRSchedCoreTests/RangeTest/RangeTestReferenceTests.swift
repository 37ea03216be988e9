import Foundation
import Testing
@testable import LRSchedCore

/// The LR range test against torch-lr-finder: its suggestions on the shared recorded tests, and
/// whole tests on the toy problem (`gen_train.py`'s `*.rangetest.json`).
@Suite struct RangeTestReferenceTests {
  static let sharedDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/reference/findlr")

  static let sharedLogs: [String] = {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: sharedDirectory.path) else { return [] }
    return names.filter { $0.hasSuffix(".csv") }.sorted()
  }()

  static let fixtureDirectory: URL? = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("train")

  static let fixtureCases: [String] = {
    guard let dir = fixtureDirectory, let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
    return names.filter { $0.hasSuffix(".rangetest.json") }.map { String($0.dropLast(".rangetest.json".count)) }.sorted()
  }()

  @Test(arguments: sharedLogs)
  func steepestMatchesTorchLRFinder(_ name: String) throws {
    let expect = try JSONParser.parse(String(contentsOf: Self.sharedDirectory.appendingPathComponent("expect.json"), encoding: .utf8))
    guard case .number(let expected)? = expect[name] else {
      Issue.record("no expectation for \(name)")
      return
    }
    let path = Self.sharedDirectory.appendingPathComponent(name).path
    let table = try NumericTable.read(path: path, displayName: name, errorPath: "log", maximumValues: 1 << 20)
    let curve = try RangeTestCurve.log(table, name: name, smoothing: 0)
    let steepest = LRSuggester.steepest(lrs: curve.lrs, losses: curve.losses)
    #expect(steepest?.lr == expected.double)
  }

  @Test(arguments: fixtureCases)
  func toyRangeTestMatchesTorchLRFinder(_ name: String) throws {
    let dir = try #require(Self.fixtureDirectory)
    let spec = try JSONParser.parse(String(contentsOf: dir.appendingPathComponent(name + ".json"), encoding: .utf8))
    let expected = try JSONParser.parse(String(contentsOf: dir.appendingPathComponent(name + ".rangetest.json"), encoding: .utf8))
    let settings = try #require(expected["settings"])
    func number(_ v: JSONValue?) -> Double {
      if case .number(let n)? = v { return n.double }
      return .nan
    }
    func numbers(_ v: JSONValue?) -> [Double] {
      guard case .array(let items)? = v else { return [] }
      return items.map { number($0) }
    }
    let trainer = try Trainer.make(
      train: TrainSpec(try #require(spec["train"])), optimizer: OptimizerSpec(try #require(spec["optimizer"])),
      baseDirectory: dir.path)
    var mode = RampMode.exp
    if case .string(let m)? = settings["step_mode"] { mode = try #require(RampMode(rawValue: m)) }
    let run = RangeTestSettings(
      startLR: number(settings["start_lr"]), endLR: number(settings["end_lr"]), iterations: Int(number(settings["num_iter"])),
      mode: mode, smoothing: 0, divergence: number(settings["diverge_th"]))
    try run.validate()
    let curve = LRRangeTest.run(trainer: trainer, settings: run)
    let lrs = numbers(expected["lr"])
    let losses = numbers(expected["loss"])
    #expect(curve.lrs == lrs)
    #expect(curve.losses.count == losses.count)
    for (a, b) in zip(curve.losses, losses) {
      #expect(abs(a - b) <= 1e-9 * abs(b), "loss \(a) vs \(b)")
    }
    #expect(LRSuggester.steepest(lrs: curve.lrs, losses: curve.losses)?.lr == number(expected["steepest"]))
  }

  @Test func fixturesExist() {
    #expect(Self.fixtureCases.count >= 2)
  }
}
