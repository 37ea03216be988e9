/// A schedule at a glance, for `lrsched summary`: the run's length, its phase boundaries
/// (`PhaseMarkers`), where the warmup ends, and per parameter group the peak, minimum and final
/// learning rates, the mean and the sum over the steps, and the number of decays
/// (`GroupSummary`). Computed by running the simulation once, in constant memory.
public struct ScheduleSummary: Sendable {
  public let shape: RunShape
  /// The phase boundaries the scheduler's arguments imply.
  public let phases: [PhaseMarker]
  /// The first step after the warmup: a phase boundary labelled as a warmup's end, else the
  /// first group's peak when the learning rate rises to it from a lower start without falling
  /// on the way; `nil` without a warmup.
  public let warmupEnd: Int?
  public let groups: [GroupSummary]

  /// Simulates `spec` and summarizes it; throws what the simulation throws.
  public init(spec: RunSpec) throws {
    let simulation = try Simulation(spec: spec)
    var groups = simulation.optimizer.paramGroups.map { GroupSummary(name: $0.name) }
    try simulation.run { row in
      for (g, lr) in row.lrs.enumerated() where g < groups.count {
        groups[g].observe(step: row.step, epoch: row.epoch, lr: lr)
      }
    }
    shape = simulation.shape
    phases = PhaseMarkers.markers(for: spec)
    self.groups = groups
    if let marker = phases.first(where: { $0.label.lowercased().contains("warmup") }) {
      warmupEnd = marker.step
    } else if let g = groups.first, g.peakStep > 0, g.first < g.peak, (g.firstFall ?? Int.max) > g.peakStep {
      warmupEnd = g.peakStep
    } else {
      warmupEnd = nil
    }
  }

  /// The summary as aligned lines of text.
  public var text: String {
    var lines: [String] = []
    let rows = shape.rows
    let run = shape.interval == .step
      ? "\(rows) steps (\(shape.epochs) epochs × \(shape.stepsPerEpoch) steps per epoch, stepped per batch)"
      : "\(rows) steps (one per epoch)"
    lines.append("run:       \(run)")
    lines.append("warmup:    " + (warmupEnd.map { "ends at step \($0)" } ?? "none"))
    let phaseText = phases.isEmpty ? "none" : phases.map { "\($0.step) \($0.label)" }.joined(separator: ", ")
    lines.append("phases:    \(phaseText)")
    for g in groups {
      let indent = groups.count > 1 ? "  " : ""
      if groups.count > 1 { lines.append("group \(g.name):") }
      lines.append("\(indent)peak:      \(DoubleFormat.shortest(g.peak)) at step \(g.peakStep) (epoch \(DoubleFormat.compact(g.peakEpoch)))")
      lines.append("\(indent)minimum:   \(DoubleFormat.shortest(g.minimum)) at step \(g.minimumStep) (epoch \(DoubleFormat.compact(g.minimumEpoch)))")
      lines.append("\(indent)final:     \(DoubleFormat.shortest(g.final))")
      lines.append("\(indent)mean:      \(DoubleFormat.shortest(g.mean))")
      lines.append("\(indent)sum:       \(DoubleFormat.shortest(g.sum)) (the learning rate summed over the \(rows) steps)")
      lines.append("\(indent)decays:    \(g.decays)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The summary as a JSON document; a non-finite number is written as `null`.
  public var json: JSONValue {
    func number(_ x: Double) -> JSONValue { x.isFinite ? .number(JSONNumber(x)) : .null }
    return .object([
      ("rows", .number(JSONNumber(shape.rows))),
      ("epochs", .number(JSONNumber(shape.epochs))),
      ("steps_per_epoch", .number(JSONNumber(shape.stepsPerEpoch))),
      ("interval", .string(shape.interval.rawValue)),
      ("warmup_end", warmupEnd.map { .number(JSONNumber($0)) } ?? .null),
      ("phases", .array(phases.map { .object([("step", .number(JSONNumber($0.step))), ("label", .string($0.label))]) })),
      ("groups", .array(groups.map { g in
        .object([
          ("name", .string(g.name)),
          ("peak", .object([("lr", number(g.peak)), ("step", .number(JSONNumber(g.peakStep))), ("epoch", number(g.peakEpoch))])),
          ("minimum", .object([("lr", number(g.minimum)), ("step", .number(JSONNumber(g.minimumStep))), ("epoch", number(g.minimumEpoch))])),
          ("final", number(g.final)),
          ("mean", number(g.mean)),
          ("sum", number(g.sum)),
          ("decays", .number(JSONNumber(g.decays))),
        ])
      })),
    ])
  }
}
