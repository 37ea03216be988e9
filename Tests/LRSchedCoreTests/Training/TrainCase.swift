import Foundation
@testable import LRSchedCore

/// A training case on disk: `NAME.json` (a spec with a `train` section, its data beside it) and
/// `NAME.expected.json` (PyTorch's float64 `lr`, `train_loss`, `val_loss`, and optionally
/// `val_accuracy` per row).
struct TrainCase: CustomStringConvertible {
  let spec: URL
  var description: String { spec.lastPathComponent }

  /// Every case in `directory` (files named `*.expected.json` with a spec beside them).
  static func all(in directory: URL) -> [TrainCase] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
    return names.filter { $0.hasSuffix(".expected.json") }.sorted().map {
      TrainCase(spec: directory.appendingPathComponent(String($0.dropLast(".expected.json".count)) + ".json"))
    }
  }

  /// The shared reference's training cases, when the checkout sits beside `shared/`.
  static let shared: [TrainCase] = {
    let dir = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/reference/train")
    return all(in: dir)
  }()

  /// The project's own cases (`Fixtures/train`, made by `scripts/fixtures/gen_train.py`).
  static let fixtures: [TrainCase] = {
    guard let dir = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else { return [] }
    return all(in: dir.appendingPathComponent("train"))
  }()

  /// The largest relative difference per column between the run and the expectation, or what
  /// went wrong.
  func compare() throws -> [String: Double] {
    let text = try String(contentsOf: spec, encoding: .utf8)
    let expectedURL = spec.deletingPathExtension().appendingPathExtension("expected.json")
    let expected = try JSONParser.parse(String(contentsOf: expectedURL, encoding: .utf8))
    let runSpec = try RunSpec(text: text, baseDirectory: spec.deletingLastPathComponent().path)
    let simulation = try Simulation(spec: runSpec)
    let columns = simulation.valueColumns
    var table: [String: [Double]] = [:]
    var lrs: [[Double]] = []
    try simulation.run { row in
      lrs.append(row.lrs)
      let values = row.lrs + row.momenta + row.extras
      for (name, v) in zip(columns, values) { table[name, default: []].append(v) }
    }
    var worst: [String: Double] = [:]
    func relative(_ a: Double, _ b: Double) -> Double {
      if a == b || (a.isNaN && b.isNaN) { return 0 }
      return abs(a - b) / max(abs(b), .leastNormalMagnitude)
    }
    if case .array(let rows)? = expected["lr"] {
      guard rows.count == lrs.count else { return ["rows": .infinity] }
      for (r, row) in rows.enumerated() {
        guard case .array(let values) = row, values.count == lrs[r].count else { return ["lr": .infinity] }
        for (v, x) in zip(values, lrs[r]) {
          if case .number(let n) = v { worst["lr"] = max(worst["lr"] ?? 0, relative(x, n.double)) }
        }
      }
    }
    for key in ["train_loss", "val_loss", "val_accuracy"] {
      guard case .array(let values)? = expected[key] else { continue }
      let got = table[key] ?? []
      guard got.count == values.count else { worst[key] = .infinity; continue }
      for (v, x) in zip(values, got) {
        if case .number(let n) = v {
          worst[key] = max(worst[key] ?? 0, relative(x, n.double))
        } else if !SimulationRow.isMissing(x) {
          worst[key] = .infinity
        }
      }
    }
    return worst
  }
}
