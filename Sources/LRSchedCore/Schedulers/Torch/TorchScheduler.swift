/// PyTorch's `LRScheduler`: the base of every `torch.optim.lr_scheduler` class but
/// `ReduceLROnPlateau`, with the same state and the same step protocol.
///
/// On construction it sets each group's `initial_lr` (if unset), takes `base_lrs` from them and
/// performs the initial step (`last_epoch` becomes 0). `step` increments `last_epoch` and writes
/// `getLR()` (the chainable form) into the groups; `updateLR(epoch:)` with an epoch writes the closed
/// form where the class has one, as `SequentialLR` does at its milestones.
open class TorchScheduler: LRScheduler {
  public let optimizer: Optimizer
  /// Where the scheduler is in the spec, for errors raised while stepping.
  public let path: String
  public var baseLRs: [Double]
  public var lastEpoch: Int
  /// `_step_count`: how many times `step` ran, the initial step included.
  public var stepCount = 0
  /// `_is_initial`: true only during the initial step.
  public var isInitial = false
  /// `_last_lr`.
  public var lastLR: [Double] = []

  /// Attaches to `optimizer` and, unless `initialStep` is false, performs the initial step.
  public init(optimizer: Optimizer, path: String, initialStep: Bool = true) throws(SpecError) {
    self.optimizer = optimizer
    self.path = path
    for i in optimizer.paramGroups.indices where optimizer.paramGroups[i].initialLR == nil {
      optimizer.paramGroups[i].initialLR = optimizer.paramGroups[i].lr
    }
    baseLRs = optimizer.paramGroups.map { $0.initialLR ?? $0.lr }
    lastEpoch = -1
    if initialStep { try self.initialStep() }
  }

  /// `_initial_step`: resets the step count and steps once in initial mode.
  public func initialStep() throws(SpecError) {
    stepCount = 0
    isInitial = true
    defer { isInitial = false }
    try step(metric: nil)
  }

  /// The chainable form: the groups' next learning rates, computed at `lastEpoch`.
  open func getLR() throws(SpecError) -> [Double] {
    optimizer.learningRates
  }

  /// The closed form at `lastEpoch`, for classes that define `_get_closed_form_lr`.
  open func closedFormLR() throws(SpecError) -> [Double]? { nil }

  open func step(metric: Double?) throws(SpecError) {
    stepCount += 1
    try updateLR(epoch: nil)
  }

  /// `_update_lr`: with no epoch, advance and use `getLR()`; with one, jump there and use the
  /// closed form where there is one.
  open func updateLR(epoch: Int?) throws(SpecError) {
    let values: [Double]
    if let epoch {
      lastEpoch = epoch
      if let closed = try closedFormLR() {
        values = closed
      } else {
        values = try getLR()
      }
    } else {
      lastEpoch += 1
      values = try getLR()
    }
    optimizer.setLearningRates(values)
    lastLR = values
  }

  /// `recursive_undo` as SequentialLR applies it to this scheduler.
  open func undoInitialStep() {
    lastEpoch -= 1
  }

  open var cyclesMomentum: Bool { false }
  open var needsMetric: Bool { false }

  /// The groups' current learning rates (`group["lr"]` for each group).
  public var groupLRs: [Double] { optimizer.learningRates }

  /// Python's `ZeroDivisionError` at this scheduler.
  public func zeroDivision(_ what: String) -> SpecError {
    SpecError(path, "ZeroDivisionError: \(what)")
  }

  /// Python's `a / b` on floats, raising as Python does on a zero divisor.
  public func div(_ a: Double, _ b: Double) throws(SpecError) -> Double {
    guard let q = PyMath.div(a, b) else { throw zeroDivision("float division by zero") }
    return q
  }

  /// Python's `x ** y` on floats, raising where Python does.
  public func pow(_ x: Double, _ y: Double) throws(SpecError) -> Double {
    guard let r = PyMath.power(x, y) else {
      throw SpecError(path, "\(DoubleFormat.shortest(x)) ** \(DoubleFormat.shortest(y)) is not a real number Python can compute")
    }
    return r
  }
}
