import Foundation
@testable import LRSchedCore

/// One record of a reference file (`shared/reference/cases.jsonl` or a fixture made by
/// `scripts/fixtures/*.py`): a spec and what the real library produced for it.
struct ReferenceCase: CustomStringConvertible {
  let id: String
  let library: String
  let spec: JSONValue
  let expectedLR: [[Double]]?
  let expectedMomentum: [[Double]]?
  let error: String?
  let rtol: Double

  var description: String { id }

  /// `shared/reference/cases.jsonl` beside the checkout.
  static let sharedURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/reference/cases.jsonl")

  /// Runs the shared reference cases of `library` (every library when `nil`): how many there are
  /// and a line per case that differs; `nil` when the checkout has no `shared/` beside it.
  static func sharedFailures(library: String? = nil) throws -> (count: Int, failures: [String])? {
    guard FileManager.default.fileExists(atPath: sharedURL.path) else { return nil }
    let cases = try load(sharedURL).filter { library == nil || $0.library == library }
    let failures = cases.compactMap { c in c.mismatch().map { "\(c.id): \($0)" } }
    return (cases.count, failures)
  }

  /// The learning rates a spec produces, and the error that stopped it, if any.
  static func rows(of specText: String) -> (rows: [[Double]], error: SpecError?) {
    var out: [[Double]] = []
    do {
      let simulation = try Simulation(spec: RunSpec(text: specText))
      try simulation.run { row in out.append(row.lrs) }
      return (out, nil)
    } catch {
      return (out, error as? SpecError ?? SpecError("", "\(error)"))
    }
  }

  /// Reads every record of a JSON-lines file.
  static func load(_ url: URL) throws -> [ReferenceCase] {
    let text = try String(contentsOf: url, encoding: .utf8)
    return try text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map {
      try ReferenceCase(json: JSONParser.parse(String($0)))
    }
  }

  init(json: JSONValue) throws {
    guard case .string(let id)? = json["id"], let spec = json["spec"] else {
      throw SpecError("", "a reference record needs an id and a spec")
    }
    self.id = id
    if case .string(let l)? = json["library"] { library = l } else { library = "" }
    self.spec = spec
    if case .string(let e)? = json["error"] { error = e } else { error = nil }
    if case .number(let r)? = json["rtol"] { rtol = r.double } else { rtol = 0 }
    func table(_ v: JSONValue?) -> [[Double]]? {
      guard case .array(let rows)? = v else { return nil }
      return rows.map { row in
        guard case .array(let values) = row else { return [] }
        return values.map { v in
          if case .number(let n) = v { return n.double }
          return .nan
        }
      }
    }
    expectedLR = table(json["expected"]?["lr"])
    expectedMomentum = table(json["expected"]?["momentum"])
  }

  /// Runs the spec; returns `nil` when every value matches (exactly, or within `rtol` for float32
  /// references), else what differs.
  func mismatch() -> String? {
    var lrs: [[Double]] = []
    var momenta: [[Double]] = []
    do {
      let simulation = try Simulation(spec: RunSpec(json: spec))
      try simulation.run { row in
        lrs.append(row.lrs)
        momenta.append(row.momenta)
      }
    } catch {
      return self.error == nil ? "refused: \(error)" : nil
    }
    if let e = self.error { return "accepted a spec the library refuses: \(e)" }
    if let m = Self.compare(expectedLR ?? [], lrs, rtol: rtol) { return "lr: " + m }
    if let expectedMomentum, let m = Self.compare(expectedMomentum, momenta, rtol: rtol) { return "momentum: " + m }
    return nil
  }

  static func compare(_ expected: [[Double]], _ got: [[Double]], rtol: Double) -> String? {
    guard expected.count == got.count else { return "\(got.count) rows, expected \(expected.count)" }
    for (i, (e, g)) in zip(expected, got).enumerated() {
      guard e.count == g.count else { return "row \(i): \(g.count) values, expected \(e.count)" }
      for (x, y) in zip(e, g) where x != y {
        let err = abs(x - y) / max(abs(x), 1e-300)
        if !(err <= rtol) && !(abs(x - y) <= 1e-300) {
          return "row \(i): got \(y), expected \(x) (rel err \(err))"
        }
      }
    }
    return nil
  }
}
