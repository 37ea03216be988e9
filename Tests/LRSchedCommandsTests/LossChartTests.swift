import LRSchedCharts
import LRSchedCore
import LRSchedPlot
import Testing

/// `plot --loss`'s curves: a run's losses in its colour, training solid and validation dashed,
/// the training loss faded when it is noisier (more points) than the validation loss.
@Suite struct LossChartTests {
  static func spec(interval: String) throws -> RunSpec {
    try RunSpec(
      json: JSONParser.parse(
        #"{"epochs": 6, "interval": "\#(interval)", "optimizer": {"type": "SGD", "lr": 0.1, "momentum": 0.9}, "#
          + #""scheduler": {"type": "CosineAnnealingLR", "T_max": 6}, "train": {"samples": 200, "features": 4, "seed": 1}}"#))
  }

  @Test(arguments: ["step", "epoch"])
  func lossesTakeTheRunsColour(interval: String) throws {
    let chart = try ScheduleChart(
      Self.spec(interval: interval), x: .epoch, momentum: true, loss: true, colorBase: 3, named: true, name: "run")
    let byName = Dictionary(chart.series.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    let lr = try #require(byName["run"])
    let momentum = try #require(byName["run: momentum"])
    let train = try #require(byName["run: train_loss"])
    let validation = try #require(byName["run: val_loss"])
    #expect([lr, momentum, train, validation].allSatisfy { $0.colorIndex == 3 })
    #expect(lr.style == .solid && train.style == .solid && validation.style == .dashed)
    #expect(momentum.style == .dotted, "momentum beside a dashed validation loss")
    #expect(train.faded == (interval == "step"), "\(train.count) training points, \(validation.count) validation")
    #expect(!validation.faded && !lr.faded && !momentum.faded)
  }

  @Test func momentumAloneIsDashed() throws {
    let chart = try ScheduleChart(Self.spec(interval: "epoch"), x: .epoch, momentum: true, loss: false, colorBase: 0)
    #expect(chart.series.map(\.style) == [.solid, .dashed])
  }
}
