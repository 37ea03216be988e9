import Foundation
import LRSchedCore
import SwiftProtobuf

/// Writes a plan as a TensorBoard event file: a `brain.Event:2` version event, then one event per
/// row with a float32 `simple_value` scalar per series (`lr`, or `lr/<group>` per parameter
/// group; `momentum` likewise where recorded), at the row's step, every record TFRecord-framed.
public enum TensorBoardWriter {
  /// The tags of a run with `groups` parameter groups: `prefix`, or `prefix/<group>` each.
  public static func tags(_ prefix: String, groups: [String]) -> [String] {
    groups.count == 1 ? [prefix] : groups.map { "\(prefix)/\($0)" }
  }

  /// The event file name TensorBoard looks for: `events.out.tfevents.<seconds>.lrsched`.
  public static func fileName(wallTime: Double) -> String {
    "events.out.tfevents.\(Int(wallTime)).lrsched"
  }

  /// Simulates `simulation` and writes its rows to `path`, creating `path`'s folder. Returns the
  /// number of rows written. Throws `SpecError` from the run and `LogError` on a write failure.
  @discardableResult
  public static func write(_ simulation: Simulation, toFile path: String, wallTime: Double) throws -> Int {
    let groups = simulation.optimizer.paramGroups.map(\.name)
    let lrTags = tags("lr", groups: groups)
    let momentumTags = tags("momentum", groups: groups)
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else {
      throw LogError("\(path): cannot create the file")
    }
    defer { try? handle.close() }
    var output: [UInt8] = []
    var version = Tensorboard_Event()
    version.wallTime = wallTime
    version.fileVersion = "brain.Event:2"
    try append(version, to: &output)
    var rows = 0
    try simulation.run { row in
      var event = Tensorboard_Event()
      event.wallTime = wallTime
      event.step = Int64(row.step)
      var summary = Tensorboard_Summary()
      for (g, lr) in row.lrs.enumerated() where g < lrTags.count {
        summary.value.append(value(lrTags[g], lr))
      }
      for (g, m) in row.momenta.enumerated() where g < momentumTags.count && m.isFinite {
        summary.value.append(value(momentumTags[g], m))
      }
      event.summary = summary
      try append(event, to: &output)
      rows += 1
      if output.count >= 1 << 16 {
        try flush(&output, to: handle, path: path)
      }
    }
    try flush(&output, to: handle, path: path)
    return rows
  }

  private static func value(_ tag: String, _ v: Double) -> Tensorboard_Summary.Value {
    var value = Tensorboard_Summary.Value()
    value.tag = tag
    value.simpleValue = Float(v)
    return value
  }

  private static func append(_ event: Tensorboard_Event, to output: inout [UInt8]) throws {
    let bytes: [UInt8] = try event.serializedBytes()
    TFRecordWriter.append(bytes, to: &output)
  }

  private static func flush(_ output: inout [UInt8], to handle: FileHandle, path: String) throws {
    do {
      try handle.write(contentsOf: Data(output))
    } catch {
      throw LogError("\(path): cannot write: \(error)")
    }
    output.removeAll(keepingCapacity: true)
  }

  /// Writes the run as a new event file in `folder` (created if missing), named as TensorBoard
  /// names its files for now, and returns its path. Throws `SpecError` when the schedule fails,
  /// `OutputFailure` when the folder or file cannot be written.
  public static func writeRun(_ simulation: Simulation, intoFolder folder: String) throws -> String {
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    } catch {
      throw OutputFailure("cannot create \(folder): \(error.localizedDescription)")
    }
    let now = Date().timeIntervalSince1970
    let path = (folder.hasSuffix("/") ? folder : folder + "/") + fileName(wallTime: now)
    do {
      _ = try write(simulation, toFile: path, wallTime: now)
    } catch let error as SpecError {
      throw error
    } catch {
      throw OutputFailure("\(error)")
    }
    return path
  }
}
