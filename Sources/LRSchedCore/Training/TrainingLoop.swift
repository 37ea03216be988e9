/// Drives a `Trainer` row by row for a `Simulation` and fills the rows' extra columns.
///
/// With `interval` "epoch" a row trains a whole epoch; with "step" it trains one batch. The
/// columns are `train_loss` (the mean over the row's batches), `val_loss` and `val_accuracy`
/// (after the epoch ends, `SimulationRow.missing` on rows that do not end one; absent without
/// validation rows), then `effective_wd` (or `effective_wd_<group>`): the row's learning rate
/// times the group's `weight_decay`.
public final class TrainingLoop {
  public let trainer: Trainer
  public let interval: Interval
  /// The extra column names, in row order.
  public let columns: [String]
  private let groupCount: Int

  public init(trainer: Trainer, interval: Interval, groupNames: [String]) {
    self.trainer = trainer
    self.interval = interval
    groupCount = groupNames.count
    var names = ["train_loss"]
    if trainer.validationRows > 0 { names += ["val_loss", "val_accuracy"] }
    names += groupNames.count == 1 ? ["effective_wd"] : groupNames.map { "effective_wd_\($0)" }
    columns = names
  }

  /// Trains row `row`'s batches at the optimizer's current settings, writes the row's extra
  /// values into `extras` (which has `columns.count` elements), and returns the value a plateau
  /// scheduler monitors: the validation loss after an epoch (the epoch's training loss without
  /// validation rows), or the batch's training loss when stepping per batch.
  public func advance(row: Int, optimizer: Optimizer, extras: inout [Double]) -> Double {
    var k = 0
    let metric: Double
    var validation: (loss: Double, accuracy: Double)?
    let trainLoss: Double
    switch interval {
    case .epoch:
      trainLoss = trainer.trainEpoch()
      validation = trainer.validate()
      metric = validation?.loss ?? trainLoss
    case .step:
      let batches = trainer.batchesPerEpoch
      let b = row % batches
      if b == 0 { trainer.beginEpoch() }
      trainLoss = trainer.trainBatch(b)
      if b == batches - 1 { validation = trainer.validate() }
      metric = trainLoss
    }
    extras[k] = trainLoss
    k += 1
    if trainer.validationRows > 0 {
      extras[k] = validation?.loss ?? SimulationRow.missing
      extras[k + 1] = validation?.accuracy ?? SimulationRow.missing
      k += 2
    }
    for g in 0..<groupCount {
      let group = optimizer[group: g]
      extras[k] = group.lr * group.weightDecay
      k += 1
    }
    return metric
  }
}
