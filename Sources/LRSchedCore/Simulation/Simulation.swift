/// A spec's run: the optimizer, its scheduler, and the rows they produce, streamed.
///
/// Row i holds the learning rates in effect before the i-th `scheduler.step()`, and `step()` runs
/// after every row, the last one included, as in a training loop; so an error the library raises
/// on the final step is raised here too, after the last row.
public final class Simulation {
  public let spec: RunSpec
  public let optimizer: Optimizer
  public let scheduler: any LRScheduler
  /// Whether rows carry momentum / beta1 values.
  public let recordsMomentum: Bool

  /// Builds the optimizer and scheduler; throws for any invalid setting.
  public init(spec: RunSpec) throws(SpecError) {
    self.spec = spec
    let optimizer = spec.optimizer.makeOptimizer()
    self.optimizer = optimizer
    let context = BuildContext(optimizer: optimizer, run: spec.shape)
    self.scheduler = try context.build(spec.scheduler, path: "scheduler")
    self.recordsMomentum = spec.recordMomentum || scheduler.cyclesMomentum
    if scheduler.needsMetric {
      guard let metrics = spec.metrics else {
        throw SpecError("metrics", "\(Self.typeName(spec.scheduler)) steps on a monitored value: give \"metrics\", one number per scheduler step (\(spec.rows))")
      }
      guard metrics.count >= spec.rows else {
        throw SpecError("metrics", "has \(metrics.count) values but the run takes \(spec.rows) scheduler steps")
      }
    }
  }

  private static func typeName(_ scheduler: JSONValue) -> String {
    if case .string(let s)? = scheduler["type"] { return s }
    return "the scheduler"
  }

  /// The column names after `step` and `epoch`: `lr` or `lr_<group>`, then `momentum` likewise.
  public var valueColumns: [String] {
    let groups = optimizer.paramGroups
    let single = groups.count == 1
    var out = groups.map { single ? "lr" : "lr_\($0.name)" }
    if recordsMomentum {
      out += groups.map { single ? "momentum" : "momentum_\($0.name)" }
    }
    return out
  }

  /// Runs every row through `body`, in order, then steps the scheduler.
  public func run(_ body: (borrowing SimulationRow) throws -> Void) throws {
    let rows = spec.rows
    let perEpoch = spec.interval == .step ? spec.stepsPerEpoch : 1
    let metrics = spec.metrics
    var row = SimulationRow(step: 0, epoch: 0, lrs: [], momenta: [])
    for i in 0..<rows {
      row.step = i
      row.epoch = perEpoch == 1 ? Double(i) : Double(i) / Double(perEpoch)
      row.lrs = optimizer.learningRates
      if recordsMomentum {
        row.momenta = optimizer.paramGroups.map { $0.momentumOrBeta1 ?? 0 }
      }
      try body(row)
      let metric = metrics.flatMap { i < $0.count ? $0[i] : nil }
      try scheduler.step(metric: metric)
    }
  }
}
