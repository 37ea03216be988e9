import Testing
@testable import LRSchedCore

/// Comparing a run with the CSV `simulate` wrote: exact matches, tolerances, and every way to differ.
@Suite struct GoldenComparisonTests {
  static let spec = try? RunSpec(
    text: #"{"epochs": 5, "optimizer": {"type": "SGD", "lr": 1.0}, "scheduler": {"type": "StepLR", "step_size": 2, "gamma": 0.5}}"#)
  static let golden = "step,epoch,lr\n0,0,1.0\n1,1,1.0\n2,2,0.5\n3,3,0.5\n4,4,0.25\n"

  func compare(_ text: String, rtol: Double = 1e-12, atol: Double = 0) throws -> GoldenReport {
    guard let spec = Self.spec else { throw SpecError("", "spec") }
    let (report, error) = try GoldenComparison.compare(spec, golden: text, rtol: rtol, atol: atol)
    #expect(error == nil)
    return report
  }

  @Test func ownOutputMatches() throws {
    let r = try compare(Self.golden)
    #expect(r.passed)
    #expect(r.summary.hasPrefix("5 rows match"))
    #expect(try compare(Self.golden.replacingOccurrences("\n", "\r\n")).passed)
  }

  @Test func onePercentOffInOneRowFailsAndNamesIt() throws {
    let r = try compare(Self.golden.replacingOccurrences("3,3,0.5", "3,3,0.505"))
    #expect(!r.passed)
    #expect(r.differingRows == 1)
    #expect(r.differences.first?.step == 3)
    #expect(r.differences.first?.expected == "0.505")
    #expect(r.differences.first?.got == "0.5")
    #expect(r.largestErrorStep == 3)
    #expect(abs(r.largestRelativeError - 0.005 / 0.505) < 1e-12)
    #expect(r.summary.contains("first at step 3"))
    #expect(try compare(Self.golden.replacingOccurrences("3,3,0.5", "3,3,0.505"), rtol: 0.02).passed)
  }

  @Test func missingAndExtraRowsFail() throws {
    let short = try compare("step,epoch,lr\n0,0,1.0\n1,1,1.0\n2,2,0.5\n")
    #expect(!short.passed)
    #expect(short.goldenRows == 3 && short.runRows == 5)
    #expect(short.summary.contains("the golden file has 3 rows, the run 5"))
    let long = try compare(Self.golden + "5,5,0.25\n")
    #expect(!long.passed)
    #expect(long.goldenRows == 6)
  }

  @Test func differentColumnsFail() throws {
    let r = try compare("step,epoch,lr,momentum\n0,0,1.0,0.9\n1,1,1.0,0.9\n2,2,0.5,0.9\n3,3,0.5,0.9\n4,4,0.25,0.9\n")
    #expect(!r.passed)
    #expect(r.columnMismatch?.contains("momentum") == true)
    let reordered = try compare("epoch,step,lr\n0,0,1.0\n1,1,1.0\n2,2,0.5\n3,3,0.5\n4,4,0.25\n")
    #expect(reordered.passed)
  }

  @Test func aHundredThousandColumnsAreMatchedInLinearTimeAndListedShortly() throws {
    let header = (0..<100_000).map { "c\($0)" }.joined(separator: ",")
    let r = try compare(header + "\n" + String(repeating: "0,", count: 99_999) + "0\n")
    #expect(!r.passed)
    let mismatch = try #require(r.columnMismatch)
    #expect(mismatch.hasPrefix("the golden file lacks columns step, epoch, lr; the run has no columns c0, c1,"))
    #expect(mismatch.contains("c11, ... (99988 more)"))
    #expect(mismatch.count < 500)
  }

  @Test func repeatedColumnsAreNamedOnce() throws {
    let r = try compare("step,epoch,lr,lr,step\n0,0,1.0,1.0,0\n")
    #expect(r.columnMismatch == "the golden file repeats lr, step (golden: step,epoch,lr,lr,step; run: step,epoch,lr)")
  }

  @Test func malformedGoldenLinesThrowAtTheirLine() throws {
    guard let spec = Self.spec else { return }
    #expect(throws: SpecError("line 3", "column lr: 'abc' is not a number")) {
      _ = try GoldenComparison.compare(spec, golden: "step,epoch,lr\n0,0,1.0\n1,1,abc\n")
    }
    #expect(throws: SpecError("line 2", "has 2 fields, the header 3")) {
      _ = try GoldenComparison.compare(spec, golden: "step,epoch,lr\n0,0\n")
    }
    #expect(throws: SpecError.self) { _ = try GoldenComparison.compare(spec, golden: "") }
  }

  @Test func nanMatchesNaN() {
    #expect(Bound.isClose(.nan, .nan, rtol: 0, atol: 0))
    #expect(!Bound.isClose(.nan, 1, rtol: 0, atol: 0))
    #expect(Bound.isClose(.infinity, .infinity, rtol: 0, atol: 0))
    #expect(!Bound(equal: 1).contains(.nan))
  }

  @Test func differenceTableIsAligned() throws {
    let r = try compare(Self.golden.replacingOccurrences("4,4,0.25", "4,4,0.3"))
    #expect(r.differenceTable.first?.hasPrefix("step  epoch  column  expected  got") == true)
    #expect(r.differenceTable.count == 2)
  }
}

extension String {
  fileprivate func replacingOccurrences(_ a: String, _ b: String) -> String {
    split(separator: a, omittingEmptySubsequences: false).joined(separator: b)
  }
}
