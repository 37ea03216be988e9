import Foundation
import Testing

/// `lrsched simulate` with a `train` section, end to end.
@Suite struct TrainTests {
  static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/reference/train")

  static func column(_ csv: String, _ name: String) -> [String] {
    let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
    guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false),
      let k = header.firstIndex(where: { $0 == name })
    else { return [] }
    return lines.dropFirst().map { String($0.split(separator: ",", omittingEmptySubsequences: false)[k]) }
  }

  @Test func sharedCaseThroughTheCLI() throws {
    let spec = Self.shared.appendingPathComponent("train-3.json")
    guard FileManager.default.fileExists(atPath: spec.path) else { return }
    let expected = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: Self.shared.appendingPathComponent("train-3.expected.json"))) as? [String: Any])
    var doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: spec)) as? [String: Any])
    var train = try #require(doc["train"] as? [String: Any])
    train["data"] = Self.shared.appendingPathComponent("train-3.csv").path
    doc["train"] = train
    let text = String(decoding: try JSONSerialization.data(withJSONObject: doc), as: UTF8.self)
    let r = try CLI.run(["simulate", "--spec", try CLI.file(text), "--allow-outside-paths"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.hasPrefix("step,epoch,lr,train_loss,val_loss,val_accuracy,effective_wd\n"))
    for key in ["train_loss", "val_loss"] {
      let want = try #require(expected[key] as? [Double])
      let got = Self.column(r.stdout, key).compactMap(Double.init)
      #expect(got.count == want.count)
      for (a, b) in zip(got, want) { #expect(abs(a - b) <= 1e-9 * abs(b), "\(key): \(a) vs \(b)") }
    }
    #expect(Self.column(r.stdout, "lr").compactMap(Double.init) == (expected["lr"] as? [[Double]])?.map { $0[0] })
    // Adam with weight_decay 0.001: lr × weight_decay.
    #expect(Self.column(r.stdout, "effective_wd").first == "5e-05")
  }

  @Test func syntheticPerBatchRunAsJSONLines() throws {
    let spec = #"{"epochs": 2, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.1, "momentum": 0.9}, "scheduler": {"type": "OneCycleLR", "max_lr": 0.5, "total_steps": 8}, "train": {"samples": 100, "batch_size": 20, "shuffle": true, "seed": 1}}"#
    let r = try CLI.run(["simulate", "--spec", "-", "--format", "jsonl"], stdin: spec)
    #expect(r.status == 0, "\(r.stderr)")
    let rows = r.stdout.split(separator: "\n")
    #expect(rows.count == 8)
    #expect(rows[0].contains(#""momentum": "#) && rows[0].contains(#""val_loss": null"#))
    #expect(rows[3].contains(#""epoch": 0.75"#) && !rows[3].contains("null"))
  }

  @Test func plateauWithoutMetricsTrains() throws {
    let spec = #"{"epochs": 4, "optimizer": {"type": "Adam", "lr": 0.01}, "scheduler": {"type": "ReduceLROnPlateau", "patience": 0}, "train": {"samples": 200}}"#
    let r = try CLI.run(["simulate", "--spec", "-"], stdin: spec)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.split(separator: "\n").count == 5)
  }

  @Test(arguments: [
    (#"{"batch_size": 0}"#, "train.batch_size: the batch size must be at least 1, got 0"),
    (#"{"features": 0}"#, "train.features: the number of features must be between 1 and 16777216, got 0"),
  ])
  func invalidTrainSectionExitsTwo(_ train: String, _ message: String) throws {
    let spec = #"{"epochs": 2, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLR", "step_size": 1}, "train": \#(train)}"#
    let r = try CLI.run(["simulate", "--spec", "-"], stdin: spec)
    #expect(r.status == 2 && !r.crashed)
    #expect(r.stderr == "lrsched: standard input: \(message)\n")
  }

  @Test func missingDataFileExitsTwo() throws {
    let spec = #"{"epochs": 2, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLR", "step_size": 1}, "train": {"data": "/nonexistent/lrsched/train.csv"}}"#
    let r = try CLI.run(["simulate", "--spec", "-", "--allow-outside-paths"], stdin: spec)
    #expect(r.status == 2 && !r.crashed)
    #expect(r.stderr.hasSuffix("train.data: /nonexistent/lrsched/train.csv: No such file or directory\n"))
  }

  @Test func nanInDataNamesFileAndLine() throws {
    let data = try CLI.file("a,b,label\n1,2,0\n1,nan,1\n", name: "data.csv")
    let spec = #"{"epochs": 2, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLR", "step_size": 1}, "train": {"data": "\#(data)"}}"#
    let r = try CLI.run(["simulate", "--spec", "-", "--allow-outside-paths"], stdin: spec)
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(data):3: column 2 is nan"))
  }

  @Test
  func dataIsRelativeToTheSpec() throws {
    let dir = try CLI.temporaryDirectory()
    try "a,label\n1,0\n2,1\n3,0\n4,1\n5,0\n".write(to: dir.appendingPathComponent("d.csv"), atomically: true, encoding: .utf8)
    let spec = dir.appendingPathComponent("spec.json")
    try #"{"epochs": 2, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLR", "step_size": 1}, "train": {"data": "d.csv"}}"#
      .write(to: spec, atomically: true, encoding: .utf8)
    let r = try CLI.run(["simulate", "--spec", spec.path])
    #expect(r.status == 0, "\(r.stderr)")
  }
}
