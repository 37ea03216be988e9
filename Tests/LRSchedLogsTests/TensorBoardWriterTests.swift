import Foundation
import LRSchedCore
import LRSchedLogs
import Testing

/// Plans written as event files read back as the float32 of every row.
@Suite struct TensorBoardWriterTests {
  @Test func roundTripOfTwoGroupsAndMomentum() throws {
    let spec = try Fixture.spec("lightning/plan.json")
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lrsched-tbw-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent(TensorBoardWriter.fileName(wallTime: 1)).path
    var withMomentum = spec
    withMomentum = try RunSpec(json: spec.json.setting("record_momentum", to: .bool(true)), baseDirectory: spec.baseDirectory)
    let written = try TensorBoardWriter.write(try Simulation(spec: withMomentum), toFile: path, wallTime: 1)
    #expect(written == 32)
    var expected: [String: [Double]] = [:]
    try Simulation(spec: withMomentum).run { row in
      expected["lr/pg1", default: []].append(Double(Float(row.lrs[0])))
      expected["lr/pg2", default: []].append(Double(Float(row.lrs[1])))
      expected["momentum/pg1", default: []].append(Double(Float(row.momenta[0])))
    }
    let log = try TensorBoardLog(path: dir.path, options: LogOptions())
    var read: [String: [Double]] = [:]
    var steps: [Double] = []
    while let p = try log.next() {
      read[log.series[p.series].name, default: []].append(p.value)
      if p.series == 0 { steps.append(p.step ?? -1) }
    }
    #expect(read["lr/pg1"] == expected["lr/pg1"])
    #expect(read["lr/pg2"] == expected["lr/pg2"])
    #expect(steps == (0..<32).map(Double.init))
    let momentum = try TensorBoardLog(path: path, options: LogOptions(column: "momentum/pg1"))
    var values: [Double] = []
    while let p = try momentum.next() { values.append(p.value) }
    #expect(values == expected["momentum/pg1"])
  }
}
