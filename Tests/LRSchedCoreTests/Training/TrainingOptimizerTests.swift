import Foundation
import Testing
@testable import LRSchedCore

/// torch.optim's update rules, bit for bit: `gen_train.py`'s `optimizer-steps.json` (PyTorch's
/// parameters after each of four steps of given gradients).
@Suite struct TrainingOptimizerTests {
  struct Case: CustomStringConvertible {
    let optimizer: JSONValue
    let p0: [Double]
    let grads: [[Double]]
    let params: [[Double]]
    var description: String { JSONWriter.format(optimizer) }
  }

  static let cases: [Case] = {
    guard let dir = Bundle.module.url(forResource: "Fixtures", withExtension: nil),
      let text = try? String(contentsOf: dir.appendingPathComponent("train/optimizer-steps.json"), encoding: .utf8),
      let json = try? JSONParser.parse(text), case .array(let items)? = json["cases"]
    else { return [] }
    func numbers(_ v: JSONValue?) -> [Double] {
      guard case .array(let xs)? = v else { return [] }
      return xs.map { if case .number(let n) = $0 { return n.double } else { return .nan } }
    }
    func table(_ v: JSONValue?) -> [[Double]] {
      guard case .array(let rows)? = v else { return [] }
      return rows.map { numbers($0) }
    }
    return items.compactMap { item in
      guard let o = item["optimizer"] else { return nil }
      return Case(optimizer: o, p0: numbers(item["p0"]), grads: table(item["grads"]), params: table(item["params"]))
    }
  }()

  @Test(arguments: cases)
  func updatesAreBitIdenticalToPyTorch(_ c: Case) throws {
    let optimizer = try OptimizerSpec(c.optimizer).makeOptimizer()
    let updater = TrainingOptimizer(optimizer: optimizer, count: c.p0.count, tensors: [(0..<c.p0.count, 0)])
    var p = c.p0
    for (grad, expected) in zip(c.grads, c.params) {
      updater.step(&p, gradient: grad)
      #expect(p == expected)
    }
  }

  @Test func casesExist() {
    #expect(Self.cases.count >= 9)
  }
}
