import Foundation
import Testing
@testable import LRSchedCore

/// The `train` section's validation, the data file's errors, and the training run's shape and
/// columns.
@Suite struct TrainSpecTests {
  static func spec(_ train: String, scheduler: String = #"{"type": "StepLR", "step_size": 2}"#, extra: String = "") -> String {
    #"{"epochs": 3, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": \#(scheduler), "train": \#(train)\#(extra)}"#
  }

  static func error(_ text: String, baseDirectory: String? = nil) -> SpecError? {
    do {
      let simulation = try Simulation(spec: RunSpec(text: text, baseDirectory: baseDirectory))
      try simulation.run { _ in }
      return nil
    } catch let e as SpecError {
      return e
    } catch {
      return SpecError("?", "\(error)")
    }
  }

  static func file(_ text: String, name: String = "data.csv") throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lrsched-train-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test(arguments: [
    (#"{"batch_size": 0}"#, "train.batch_size"),
    (#"{"batch_size": 2.5}"#, "train.batch_size"),
    (#"{"features": 0}"#, "train.features"),
    (#"{"samples": 1}"#, "train.samples"),
    (#"{"classes": 1}"#, "train.classes"),
    (#"{"val_fraction": 1}"#, "train.val_fraction"),
    (#"{"val_fraction": -0.1}"#, "train.val_fraction"),
    (#"{"shuffle": "yes"}"#, "train.shuffle"),
    (#"{"init": "xavier"}"#, "train.init"),
    (#"{"batchsize": 4}"#, "train.batchsize"),
    (#"{"data": "x.csv", "samples": 10}"#, "train.samples"),
    (#"{"data": ""}"#, "train.data"),
    (#"{"samples": 10000000, "features": 100}"#, "train.samples"),
    (#"{"samples": 10, "features": 100000, "classes": 1000}"#, "train.features"),
    (#"[1, 2]"#, "train"),
  ])
  func invalidSectionNamesItsKey(_ train: String, _ path: String) {
    #expect(Self.error(Self.spec(train))?.path == path)
  }

  @Test func validationTakesTheFloorOfItsFraction() throws {
    let simulation = try Simulation(spec: RunSpec(text: Self.spec(#"{"samples": 3, "val_fraction": 0.99}"#)))
    let trainer = try #require(simulation.training?.trainer)
    #expect(trainer.trainRows == 1 && trainer.validationRows == 2)
  }

  @Test func threeGroupsAreRefused() {
    let text = #"{"epochs": 2, "optimizer": {"type": "SGD", "lr": 0.1, "param_groups": [{}, {}, {}]}, "scheduler": {"type": "StepLR", "step_size": 2}, "train": {}}"#
    #expect(Self.error(text)?.path == "optimizer.param_groups")
  }

  @Test func stepsPerEpochMustMatchTheBatches() {
    // 100 samples, 20 held out, batches of 32: 3 batches.
    #expect(Self.error(Self.spec(#"{"samples": 100}"#, extra: #", "steps_per_epoch": 4, "interval": "step""#))?.path == "steps_per_epoch")
    #expect(Self.error(Self.spec(#"{"samples": 100}"#, extra: #", "steps_per_epoch": 3, "interval": "step""#)) == nil)
  }

  @Test func dataFileErrorsNameFileAndLine() throws {
    let cases: [(String, String)] = [
      ("a,b,label\n1,2,0\n3,nan,1\n", "data.csv:3: column 2 is nan; features must be finite"),
      ("a,b,label\n1,2,0\n3,4,1.5\n", "data.csv:3: the label (last column) must be an integer from 0 to 9999, got 1.5"),
      ("a,b,label\n1,2,0\n3,4,-1\n", "data.csv:3: the label (last column) must be an integer from 0 to 9999, got -1.0"),
      ("a,b,label\n1,2,0\n3,4\n", "data.csv:3: expected 3 columns (as in the header), got 2"),
      ("1,2,0\n3,x,1\n", "data.csv:2: column 2: 'x' is not a number"),
      ("1,2,0\n3,,1\n", "data.csv:2: column 2 is empty"),
      ("a,b,label\n", "data.csv: no data rows"),
      ("label\n0\n1\n", "data.csv: needs at least one feature column and a label column, got 1 column"),
    ]
    for (text, message) in cases {
      let url = try Self.file(text)
      let e = Self.error(Self.spec(#"{"data": "data.csv"}"#), baseDirectory: url.deletingLastPathComponent().path)
      #expect(e?.path == "train.data")
      #expect(e?.message.hasSuffix(message) == true, "\(e?.message ?? "no error") should end with \(message)")
      #expect(e?.message.contains(url.deletingLastPathComponent().path) == true)
    }
    let missing = Self.error(Self.spec(#"{"data": "/nonexistent/lrsched/data.csv"}"#))
    #expect(missing?.description == "train.data: /nonexistent/lrsched/data.csv: No such file or directory")
  }

  @Test func labelsBeyondClassesAreRefused() throws {
    let url = try Self.file("1,0\n2,1\n3,2\n4,0\n5,1\n")
    let e = Self.error(Self.spec(#"{"data": "\#(url.path)", "classes": 2}"#))
    #expect(e?.message.hasSuffix("data.csv:3: the label (last column) must be an integer from 0 to 1 (train.classes is 2), got 2.0") == true)
  }

  @Test func hugeBatchIsOneBatch() throws {
    let simulation = try Simulation(spec: RunSpec(text: Self.spec(#"{"samples": 50, "batch_size": 9223372036854775807}"#, extra: #", "interval": "step""#)))
    #expect(simulation.rows == 3)
    var losses: [Double] = []
    try simulation.run { row in losses.append(row.extras[0]) }
    #expect(losses.count == 3 && losses.allSatisfy { $0.isFinite })
  }

  @Test func plateauStepsOnValidationLossWithoutMetrics() throws {
    let text = Self.spec(#"{"samples": 200, "seed": 4}"#, scheduler: #"{"type": "ReduceLROnPlateau", "patience": 0, "factor": 0.5, "threshold": 0.5}"#)
    let simulation = try Simulation(spec: RunSpec(text: text))
    var lrs: [Double] = []
    try simulation.run { row in lrs.append(row.lrs[0]) }
    #expect(lrs == [0.1, 0.1, 0.05])
    let noTrain = #"{"epochs": 3, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "ReduceLROnPlateau"}}"#
    #expect(Self.error(noTrain)?.path == "metrics")
  }

  @Test func columnsAndMissingValues() throws {
    let two = #"{"epochs": 2, "interval": "step", "optimizer": {"type": "AdamW", "lr": 0.01, "param_groups": [{"name": "w"}, {"name": "b", "weight_decay": 0}]}, "scheduler": {"type": "StepLR", "step_size": 2}, "train": {"samples": 100, "batch_size": 40}}"#
    let simulation = try Simulation(spec: RunSpec(text: two))
    #expect(simulation.valueColumns == ["lr_w", "lr_b", "train_loss", "val_loss", "val_accuracy", "effective_wd_w", "effective_wd_b"])
    let formatter = RowFormatter(format: .csv, valueColumns: simulation.valueColumns)
    var out = formatter.header
    try simulation.run { row in formatter.append(row, to: &out) }
    let lines = out.split(separator: "\n")
    #expect(lines.count == 5)
    #expect(lines[1].hasSuffix(",,,0.0001,0.0"))
    #expect(!lines[2].contains(",,"))
    var json = ""
    let jsonFormatter = RowFormatter(format: .jsonl, valueColumns: simulation.valueColumns)
    try Simulation(spec: RunSpec(text: two)).run { row in jsonFormatter.append(row, to: &json) }
    #expect(json.split(separator: "\n")[0].contains(#""val_loss": null"#))
    let none = try Simulation(spec: RunSpec(text: Self.spec(#"{"samples": 30, "val_fraction": 0}"#)))
    #expect(none.valueColumns == ["lr", "train_loss", "effective_wd"])
  }

  @Test func seededRunsRepeat() throws {
    let text = Self.spec(#"{"samples": 120, "seed": -3, "shuffle": true, "init": "uniform", "batch_size": 7}"#)
    func losses() throws -> [Double] {
      var out: [Double] = []
      try Simulation(spec: RunSpec(text: text)).run { row in out += row.extras }
      return out
    }
    let a = try losses()
    #expect(a == (try losses()))
    #expect(a.allSatisfy { $0.isFinite })
  }

  @Test func divergingTrainingDoesNotTrap() throws {
    let text = #"{"epochs": 30, "optimizer": {"type": "SGD", "lr": 1e308, "momentum": 0.9}, "scheduler": {"type": "StepLR", "step_size": 100}, "train": {"samples": 60}}"#
    var last: [Double] = []
    try Simulation(spec: RunSpec(text: text)).run { row in last = row.extras }
    #expect(last.count == 4)
  }
}
