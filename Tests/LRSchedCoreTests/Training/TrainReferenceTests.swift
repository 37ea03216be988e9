import Foundation
import Testing
@testable import LRSchedCore

/// Training under a schedule matches PyTorch's float64 training of the same model on the same
/// data: the shared reference's cases and the project's own fixtures (`gen_train.py`).
@Suite struct TrainReferenceTests {
  static let tolerance = 1e-9

  static func check(_ c: TrainCase) throws {
    let worst = try c.compare()
    #expect(worst["lr"] == 0, "\(c): lr differs by \(worst["lr"] ?? .nan)")
    #expect(worst["train_loss"] != nil, "\(c): no train_loss compared")
    for key in ["train_loss", "val_loss"] {
      #expect((worst[key] ?? 0) <= Self.tolerance, "\(c): \(key) differs by \(worst[key] ?? 0)")
    }
    #expect((worst["val_accuracy"] ?? 0) == 0, "\(c): val_accuracy differs")
  }

  @Test(arguments: TrainCase.shared)
  func sharedCaseMatchesPyTorch(_ c: TrainCase) throws {
    try Self.check(c)
  }

  @Test(arguments: TrainCase.fixtures)
  func fixtureMatchesPyTorch(_ c: TrainCase) throws {
    try Self.check(c)
  }

  @Test func fixturesExist() {
    #expect(TrainCase.fixtures.count >= 7)
  }
}
