/// A spec's run: the optimizer, its scheduler, and the rows they produce, streamed.
///
/// Row i holds the learning rates in effect before the i-th `scheduler.step()`, and `step()` runs
/// after every row, the last one included, as in a training loop; so an error the library raises
/// on the final step is raised here too, after the last row.
///
/// With a `train` section the run also trains the toy model (`TrainingLoop`): each row trains
/// its epoch or batch at the row's learning rates before the scheduler steps, a plateau scheduler
/// steps on the validation loss (per batch: the batch's training loss) unless the spec gives
/// `metrics`, and the rows carry the training columns as extras. An epoch has as many steps as
/// the training data has batches.
public final class Simulation {
  public let spec: RunSpec
  public let optimizer: Optimizer
  public let scheduler: any LRScheduler
  /// Whether rows carry momentum / beta1 values.
  public let recordsMomentum: Bool
  /// The run's length and stepping: the spec's, with `steps_per_epoch` set by the training data.
  public let shape: RunShape
  /// The training driver, when the spec has a `train` section.
  public let training: TrainingLoop?

  /// Builds the optimizer and scheduler (and loads the training data); throws for any invalid
  /// setting.
  public init(spec: RunSpec) throws(SpecError) {
    self.spec = spec
    let optimizer = spec.optimizer.makeOptimizer()
    self.optimizer = optimizer
    if let train = spec.train {
      let data = try Dataset.load(train, baseDirectory: spec.baseDirectory)
      let trainer = try Trainer(spec: train, data: data, optimizer: optimizer)
      let batches = trainer.batchesPerEpoch
      if spec.json["steps_per_epoch"].map({ $0 != .null }) == true, spec.stepsPerEpoch != batches {
        throw SpecError(
          "steps_per_epoch",
          "is \(spec.stepsPerEpoch) but the training data makes \(batches) batches an epoch (\(trainer.trainRows) rows, batch_size \(train.batchSize)); leave it out when training")
      }
      if spec.interval == .step {
        let (rows, overflow) = spec.epochs.multipliedReportingOverflow(by: batches)
        guard !overflow, rows <= RunSpec.maximumRows else {
          throw SpecError("epochs", "epochs × batches per epoch is more than \(RunSpec.maximumRows) steps")
        }
      }
      shape = RunShape(epochs: spec.epochs, stepsPerEpoch: batches, interval: spec.interval)
      training = TrainingLoop(trainer: trainer, interval: spec.interval, groupNames: optimizer.paramGroups.map(\.name))
    } else {
      shape = spec.shape
      training = nil
    }
    let context = BuildContext(optimizer: optimizer, run: shape)
    self.scheduler = try context.build(spec.scheduler, path: "scheduler")
    self.recordsMomentum = spec.recordMomentum || scheduler.cyclesMomentum
    if scheduler.needsMetric {
      if let metrics = spec.metrics {
        guard metrics.count >= shape.rows else {
          throw SpecError("metrics", "has \(metrics.count) values but the run takes \(shape.rows) scheduler steps")
        }
      } else if training == nil {
        throw SpecError("metrics", "\(Self.typeName(spec.scheduler)) steps on a monitored value: give \"metrics\", one number per scheduler step (\(spec.rows)), or a \"train\" section")
      }
    }
  }

  /// The run's length and stepping as a simulation of `spec` has it: with a `train` section,
  /// an epoch has as many steps as the training data has batches; the spec's own shape when
  /// there is no training or its data cannot be read.
  public static func shape(of spec: RunSpec) -> RunShape {
    guard let train = spec.train, let data = try? Dataset.load(train, baseDirectory: spec.baseDirectory),
      let trainer = try? Trainer(spec: train, data: data, optimizer: spec.optimizer.makeOptimizer())
    else { return spec.shape }
    return RunShape(epochs: spec.epochs, stepsPerEpoch: trainer.batchesPerEpoch, interval: spec.interval)
  }

  private static func typeName(_ scheduler: JSONValue) -> String {
    if case .string(let s)? = scheduler["type"] { return s }
    return "the scheduler"
  }

  /// The number of rows (scheduler steps).
  public var rows: Int { shape.rows }

  /// The column names after `step` and `epoch`: `lr` or `lr_<group>`, then `momentum` likewise,
  /// then the training columns when training.
  public var valueColumns: [String] {
    let groups = optimizer.paramGroups
    let single = groups.count == 1
    var out = groups.map { single ? "lr" : "lr_\($0.name)" }
    if recordsMomentum {
      out += groups.map { single ? "momentum" : "momentum_\($0.name)" }
    }
    if let training { out += training.columns }
    return out
  }

  /// Runs every row through `body`, in order, then steps the scheduler.
  public func run(_ body: (borrowing SimulationRow) throws -> Void) throws {
    if let training { return try runTraining(training, body) }
    let rows = spec.rows
    let perEpoch = spec.interval == .step ? spec.stepsPerEpoch : 1
    let metrics = spec.metrics
    let groups = optimizer.groupCount
    let lrs = optimizer.lrs
    let momenta = optimizer.momenta
    var row = SimulationRow(
      step: 0, epoch: 0, lrs: Array(repeating: 0, count: groups),
      momenta: Array(repeating: 0, count: recordsMomentum ? groups : 0))
    for i in 0..<rows {
      row.step = i
      row.epoch = perEpoch == 1 ? Double(i) : Double(i) / Double(perEpoch)
      for g in 0..<groups {
        row.lrs[g] = lrs[g]
      }
      if recordsMomentum {
        for g in 0..<groups {
          row.momenta[g] = momenta[g]
        }
      }
      try body(row)
      let metric = metrics.flatMap { i < $0.count ? $0[i] : nil }
      try scheduler.step(metric: metric)
    }
  }

  private func runTraining(_ training: TrainingLoop, _ body: (borrowing SimulationRow) throws -> Void) throws {
    let rows = shape.rows
    let perEpoch = shape.interval == .step ? shape.stepsPerEpoch : 1
    let metrics = spec.metrics
    var row = SimulationRow(
      step: 0, epoch: 0, lrs: [], momenta: [], extras: [Double](repeating: SimulationRow.missing, count: training.columns.count))
    for i in 0..<rows {
      row.step = i
      row.epoch = perEpoch == 1 ? Double(i) : Double(i) / Double(perEpoch)
      row.lrs = optimizer.learningRates
      if recordsMomentum {
        row.momenta = optimizer.momenta.array
      }
      let monitored = training.advance(row: i, optimizer: optimizer, extras: &row.extras)
      try body(row)
      let metric = metrics.flatMap { i < $0.count ? $0[i] : nil } ?? (scheduler.needsMetric ? monitored : nil)
      try scheduler.step(metric: metric)
    }
  }
}
