import Foundation
import LRSchedLogs
import Testing

/// The readers on the real logs in Fixtures.
@Suite struct LogReaderTests {
  static func points(_ source: any LogSource) throws -> [LogPoint] {
    var out: [LogPoint] = []
    while let p = try source.next() { out.append(p) }
    return out
  }

  @Test func trainerState() throws {
    let log = try LogFile.open(Fixture.path("trainer/trainer_state.json"))
    #expect(log.format == .trainerState)
    let points = try Self.points(log)
    #expect(points.count == 32)
    #expect(points.first == LogPoint(series: 0, step: 1, epoch: 0.0625, value: 0))
    #expect(points[1].value == 0.00025)
    #expect(log.series == [LogSeries(name: "learning_rate", group: nil, convention: .trainer)])
  }

  @Test func trainerEventsHoldTheFloat32OfTheTrainerState() throws {
    let state = try Self.points(try LogFile.open(Fixture.path("trainer/trainer_state.json")))
    for path in ["trainer/events.out.tfevents.trainer", "trainer"] {
      let log = try LogFile.open(Fixture.path(path))
      #expect(log.format == .tfevents)
      let points = try Self.points(log)
      #expect(log.series.map(\.name) == ["train/learning_rate"])
      #expect(log.series.first?.convention == .trainer)
      #expect(points.map(\.step) == state.map(\.step))
      #expect(points.map(\.value) == state.map { Double(Float($0.value)) })
    }
  }

  @Test func lightningMetricsWithSparseRowsAndTwoGroups() throws {
    let log = try LogFile.open(Fixture.path("lightning/metrics.csv"))
    let points = try Self.points(log)
    #expect(log.series.map(\.name) == ["lr-SGD/pg1", "lr-SGD/pg2"])
    #expect(log.series.map(\.group) == [.index(0), .index(1)])
    #expect(log.series.allSatisfy { $0.convention == .lightning })
    #expect(points.count == 64)
    #expect(points.filter { $0.series == 0 }.map(\.step) == (0..<32).map(Double.init))
    #expect(points[0].value == 0.0040000000000000036)
  }

  @Test func lightningEventsTagEachGroup() throws {
    let log = try LogFile.open(Fixture.path("lightning/events.out.tfevents.lightning"))
    let points = try Self.points(log)
    #expect(log.series.map(\.name).sorted() == ["lr-SGD/pg1", "lr-SGD/pg2"])
    #expect(log.series.allSatisfy { $0.convention == .lightning })
    #expect(points.count == 64)
  }

  @Test func wandbExport() throws {
    let log = try LogFile.open(Fixture.path("loop/wandb.csv"))
    let points = try Self.points(log)
    #expect(log.series.map(\.name) == ["train/learning_rate"])
    #expect(log.series.first?.convention == .loop)
    #expect(points.count == 32 && points.first?.step == 0 && points.first?.value == 0.05)
  }

  @Test func namesLoggersUse() {
    for name in ["lr", "learning_rate", "train/learning_rate", "lr-AdamW", "lr-SGD/pg2", "lr_decay", "lr/no_decay", "run-7 - train/learning_rate"] {
      #expect(LogNames.isLearningRate(name), "\(name)")
    }
    for name in ["loss", "step", "train/loss", "lrate", "run-7 - train/learning_rate__MIN"] {
      #expect(!LogNames.isLearningRate(name), "\(name)")
    }
  }

  @Test func noLearningRateColumnListsTheColumns() throws {
    let path = try Fixture.file("step,loss,rate\n0,1.0,0.1\n", name: "x.csv")
    do {
      _ = try LogFile.open(path)
      Issue.record("no error")
    } catch {
      #expect(error.description.contains("'step', 'loss', 'rate'"), "\(error)")
    }
    let named = try LogFile.open(path, options: LogOptions(column: "rate"))
    #expect(try Self.points(named) == [LogPoint(series: 0, step: 0, epoch: nil, value: 0.1)])
  }

  @Test func logXPicksTheCounter() throws {
    let path = try Fixture.file("it\tlr\tstep\n5\t0.1\t0\n6\t0.2\t1\n", name: "t.tsv")
    let log = try LogFile.open(path, options: LogOptions(xColumn: "it"))
    #expect(try Self.points(log).map(\.step) == [5, 6])
  }

  @Test func formatsAreToldByContentWhenTheNameDoesNot() throws {
    let events = try Data(contentsOf: URL(fileURLWithPath: Fixture.path("trainer/events.out.tfevents.trainer")))
    let renamed = try Fixture.file("", name: "run.bin")
    try events.write(to: URL(fileURLWithPath: renamed))
    #expect(try LogFile.detect(renamed) == .tfevents)
    let state = try String(contentsOfFile: Fixture.path("trainer/trainer_state.json"), encoding: .utf8)
    #expect(try LogFile.detect(try Fixture.file(state, name: "state.txt")) == .trainerState)
    #expect(try LogFile.detect(Fixture.path("loop/wandb.csv")) == .csv)
  }

  @Test func aCorruptEventFileIsRefused() throws {
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Fixture.path("trainer/events.out.tfevents.trainer"))))
    bytes[bytes.count / 2] ^= 0x40
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lrsched-tb-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("events.out.tfevents.x").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(throws: LogError.self) { _ = try Self.points(try LogFile.open(path)) }
  }
}
