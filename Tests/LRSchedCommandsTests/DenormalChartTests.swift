import Foundation
import Testing

/// Axes spanning a few denormals draw instead of trapping.
@Suite struct DenormalChartTests {
  @Test func stepLRAtDenormalLearningRates() throws {
    let output = try CLI.temporaryDirectory().appendingPathComponent("x.png").path
    let r = try CLI.run([
      "plot", "--scheduler", "step", "--lr", "1e-323", "--param", "step_size=1", "--param", "gamma=0.5",
      "--epochs", "5", "-o", output,
    ])
    #expect(!r.crashed && r.status == 0, "\(r.stderr)")
  }

  @Test func rangeTestBetweenDenormals() throws {
    let r = try CLI.run(["find-lr", "--mode", "linear", "--start-lr", "5e-324", "--end-lr", "1e-323", "--num-iter", "50"])
    #expect(!r.crashed && r.status == 0, "\(r.stderr)")
  }

  @Test func csvWithDenormalX() throws {
    let file = try CLI.file("epoch,lr\n0,0.1\n5e-324,0.2\n", name: "d.csv")
    let output = try CLI.temporaryDirectory().appendingPathComponent("d.png").path
    for arguments in [["plot", "--csv", file, "-o", output], ["plot", "--csv", file, "--width", "60"]] {
      let r = try CLI.run(arguments)
      #expect(!r.crashed && r.status == 0, "\(r.stderr)")
    }
  }

  @Test func labelsNameEachOverlaidSeries() throws {
    let r = try CLI.run([
      "plot", "--scheduler", "CyclicLR(optimizer, base_lr=0.01, max_lr=0.1, mode='triangular')",
      "--scheduler", "CyclicLR(optimizer, base_lr=0.01, max_lr=0.1, mode='triangular2')", "--width", "100",
    ])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("mode=\"triangular\"") || r.stdout.contains("mode='triangular'"))
    #expect(r.stdout.contains("triangular2"))
    let labelled = try CLI.run([
      "plot", "--scheduler", "cosine", "--scheduler", "step", "--label", "first", "--label", "second", "--width", "80",
    ])
    #expect(labelled.stdout.contains("first") && labelled.stdout.contains("second"), "\(labelled.stderr)")
  }
}
