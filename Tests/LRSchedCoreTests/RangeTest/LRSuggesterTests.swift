import Testing
@testable import LRSchedCore

/// The suggestion rules, the smoothing and the ramps, against their Python definitions.
@Suite struct LRSuggesterTests {
  /// fastai's `valley`, transliterated (O(n²)).
  static func fastaiValley(_ losses: [Double]) -> Int {
    let n = losses.count
    var maxStart = 0
    var maxEnd = 0
    var lds = [Int](repeating: 1, count: n)
    for i in 1..<max(n, 1) {
      for j in 0..<i {
        if losses[i] < losses[j] && lds[i] < lds[j] + 1 { lds[i] = lds[j] + 1 }
        if lds[maxEnd] < lds[i] {
          maxEnd = i
          maxStart = maxEnd - lds[maxEnd]
        }
      }
    }
    let sections = Double(maxEnd - maxStart) / 3
    let idx = maxStart + Int(sections) + Int(sections / 2)
    return idx < 0 ? idx + n : idx
  }

  @Test func valleyMatchesFastai() {
    var rng = SeededGenerator(seed: 99, stream: .data)
    for trial in 0..<400 {
      let n = 1 + rng.below(trial < 200 ? 12 : 120)
      let levels = 1 + rng.below(8)
      var losses = (0..<n).map { _ in Double(rng.below(levels)) + (trial % 3 == 0 ? rng.uniform() : 0) }
      if trial % 7 == 0, n > 2 { losses[rng.below(n)] = .infinity }
      let got = LRSuggester.valleyIndex(losses[...])
      #expect(got == Self.fastaiValley(losses), "losses \(losses)")
    }
  }

  @Test func valleyStartsAtMinusOneLikeFastai() {
    // A two-point decline: fastai's max_start is -1, so its index -1 is the last point.
    #expect(LRSuggester.valleyIndex([2.0, 1.0, 5.0, 6.0][...]) == 3)
    #expect(LRSuggester.valleyIndex([1.0][...]) == 0)
    #expect(LRSuggester.valleyIndex([Double]()[...]) == nil)
  }

  @Test func gradientIsNumpys() {
    // numpy.gradient([3, 1.5, 2.25, 0.125, 7])
    #expect(LRSuggester.gradient([3.0, 1.5, 2.25, 0.125, 7.0][...]) == [-1.5, -0.375, -0.6875, 2.375, 6.875])
    #expect(LRSuggester.gradient([1.0][...]).isEmpty)
    #expect(LRSuggester.argmin([3.0, .nan, -1][...]) == 1)
    #expect(LRSuggester.argmin([3.0, -1, 2, -1][...]) == 1)
  }

  @Test func steepestNeedsSkipPlusTwoPoints() {
    let lrs = (0..<16).map { Double($0) }
    let losses = lrs.map { 10 - $0 }
    #expect(LRSuggester.steepest(lrs: lrs, losses: losses) == nil)
    let more = (0..<17).map { Double($0) }
    #expect(LRSuggester.steepest(lrs: more, losses: more.map { 10 - $0 * $0 })?.index == 10)
    #expect(LRSuggester.steepest(lrs: lrs, losses: losses, skipStart: 0, skipEnd: 0)?.index == 0)
  }

  @Test func minimumIsATenthOfTheLowestLossRate() throws {
    let lrs = (0..<20).map { 0.1 * Double($0 + 1) }
    var losses = (0..<20).map { (Double($0) - 12) * (Double($0) - 12) }
    let m = try #require(LRSuggester.minimum(lrs: lrs, losses: losses))
    #expect(m.index == 12 && m.lr == lrs[12] / 10)
    losses[11] = .nan
    #expect(LRSuggester.minimum(lrs: lrs, losses: losses)?.index == 10)
  }

  @Test func smoothingIsFastaisAvgSmoothLoss() {
    // torch.lerp in float64, fastai's AvgSmoothLoss with beta 0.98.
    let got = LossSmoother.smooth([1.0, 2.0, 0.5, 3.25, .infinity, 1.0], beta: 0.98)
    #expect(Array(got.prefix(4)) == [1.0, 1.5050505050505034, 1.1632430961773903, 1.7008464568146258])
    #expect(got[4] == .infinity && got[5].isNaN)
    #expect(LossSmoother.smooth([1.0, 2.0], beta: 0) == [1.0, 2.0])
  }

  @Test func rampsAreTorchLRFinders() {
    #expect(RampMode.exp.lr(iteration: 0, of: 200, start: 1e-7, end: 10) == 1e-7)
    #expect(RampMode.exp.lr(iteration: 1, of: 200, start: 1e-7, end: 10) == 1.0969857978923836e-07)
    #expect(RampMode.exp.lr(iteration: 199, of: 200, start: 1e-7, end: 10) == 10.0)
    #expect(RampMode.linear.lr(iteration: 1, of: 3, start: 1, end: 2) == 1.5)
  }

  @Test func settingsAreValidated() {
    #expect(throws: SpecError.self) { try RangeTestSettings(iterations: 1).validate() }
    #expect(throws: SpecError.self) { try RangeTestSettings(startLR: 0).validate() }
    #expect(throws: SpecError.self) { try RangeTestSettings(smoothing: 1).validate() }
    #expect(throws: SpecError.self) { try RangeTestSettings(divergence: 0.5).validate() }
    #expect(throws: Never.self) { try RangeTestSettings(startLR: 0, mode: .linear).validate() }
  }

  @Test func logNeedsLRAndLossColumns() throws {
    let t = try NumericTable.parse("lr,acc\n0.1,2\n", displayName: "x.csv", errorPath: "log", maximumValues: 100)
    #expect(throws: SpecError("log", "x.csv: no 'loss' column in the header (lr,acc)")) {
      try RangeTestCurve.log(t, name: "x.csv", smoothing: 0)
    }
    let bare = try NumericTable.parse("0.1,2\n0.2,1.5\n", displayName: "x.csv", errorPath: "log", maximumValues: 100)
    #expect(try RangeTestCurve.log(bare, name: "x.csv", smoothing: 0).losses == [2, 1.5])
    let nan = try NumericTable.parse("loss,lr\nnan,0.1\n1,inf\n", displayName: "x.csv", errorPath: "log", maximumValues: 100)
    #expect(throws: SpecError("log", "x.csv:3: the learning rate must be a finite number, got inf")) {
      try RangeTestCurve.log(nan, name: "x.csv", smoothing: 0)
    }
  }
}
