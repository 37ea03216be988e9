/// Trains the toy model on a dataset, a batch at a time, with torch.optim's update rules and the
/// learning rates (and momenta) the schedulers leave in the dummy optimizer's groups.
///
/// The first `trainRows` rows train, the rest validate. With one parameter group both tensors
/// are in it; with two, the weight is in the first and the bias in the second.
public final class Trainer {
  public let spec: TrainSpec
  public let data: Dataset
  public let model: LinearClassifier
  public let updater: TrainingOptimizer
  public let trainRows: Int
  public let validationRows: Int
  /// ⌈trainRows / batch_size⌉; the last batch may be short.
  public let batchesPerEpoch: Int
  private var order: [Int]
  private var shuffler: SeededGenerator

  /// A trainer for `data` driven by `optimizer`; throws when the split leaves no training row or
  /// the optimizer has more than two groups.
  public init(spec: TrainSpec, data: Dataset, optimizer: Optimizer, path: String = "train") throws(SpecError) {
    let groups = optimizer.groupCount
    guard groups == 1 || groups == 2 else {
      throw SpecError("optimizer.param_groups", "training puts the weight in the first group and the bias in the second: give one or two groups, got \(groups)")
    }
    let validation = spec.validationRows(of: data.count)
    guard data.count - validation >= 1 else {
      throw SpecError(path + ".val_fraction", "holds out all \(data.count) rows: nothing is left to train on")
    }
    self.spec = spec
    self.data = data
    validationRows = validation
    trainRows = data.count - validation
    let batch = spec.batchSize
    batchesPerEpoch = trainRows / batch + (trainRows % batch == 0 ? 0 : 1)
    model = LinearClassifier(inputs: data.featureCount, classes: data.classCount, initialization: spec.initialization, seed: spec.seed)
    let w = model.weightCount
    updater = TrainingOptimizer(
      optimizer: optimizer, count: model.parameters.count,
      tensors: [(0..<w, 0), (w..<(w + data.classCount), groups - 1)])
    order = Array(0..<trainRows)
    shuffler = SeededGenerator(seed: spec.seed, stream: .shuffle)
  }

  /// A trainer for a `train` section and an optimizer section: loads the data (relative to
  /// `baseDirectory`) and builds a fresh optimizer.
  public static func make(train: TrainSpec, optimizer: OptimizerSpec, baseDirectory: String?) throws(SpecError) -> Trainer {
    let data = try Dataset.load(train, baseDirectory: baseDirectory)
    return try Trainer(spec: train, data: data, optimizer: optimizer.makeOptimizer())
  }

  /// Starts an epoch: with `shuffle`, reorders the training rows (Fisher–Yates from the last
  /// row down, `j = below(i + 1)`, carrying on from the previous epoch's order).
  public func beginEpoch() {
    guard spec.shuffle else { return }
    var i = order.count - 1
    while i > 0 {
      let j = shuffler.below(i + 1)
      order.swapAt(i, j)
      i -= 1
    }
  }

  /// Trains batch `index` (0-based) of the current epoch: one forward, backward and
  /// `optimizer.step()`; returns the batch's mean loss.
  public func trainBatch(_ index: Int) -> Double {
    guard index >= 0, index < batchesPerEpoch else { return .nan }
    let start = index * spec.batchSize
    let end = trainRows - start <= spec.batchSize ? trainRows : start + spec.batchSize
    let loss = model.lossAndGradient(data, rows: order[start..<end])
    updater.step(&model.parameters, gradient: model.gradient)
    return loss
  }

  /// Trains a whole epoch; returns the mean of its batch losses (their sum over their count).
  public func trainEpoch() -> Double {
    beginEpoch()
    var sum = 0.0
    for b in 0..<batchesPerEpoch { sum += trainBatch(b) }
    return sum / Double(batchesPerEpoch)
  }

  /// The validation loss and accuracy, or `nil` without validation rows.
  public func validate() -> (loss: Double, accuracy: Double)? {
    guard validationRows > 0 else { return nil }
    return model.evaluate(data, rows: trainRows..<data.count)
  }
}
