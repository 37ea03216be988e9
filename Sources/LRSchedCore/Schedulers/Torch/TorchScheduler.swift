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
  /// `base_lrs`: each group's `initial_lr` when the scheduler was attached.
  public let baseLRs: GroupValues
  @exclusivity(unchecked) public var lastEpoch: Int
  /// `_step_count`: how many times `step` ran, the initial step included.
  @exclusivity(unchecked) public var stepCount = 0
  /// `_is_initial`: true only during the initial step.
  @exclusivity(unchecked) public var isInitial = false
  /// `_last_lr`.
  public let lastLR: GroupValues
  /// The list `get_lr()` returns, before it is written into the groups.
  let next: GroupValues

  /// Attaches to `optimizer` and, unless `initialStep` is false, performs the initial step.
  public init(optimizer: Optimizer, path: String, initialStep: Bool = true) throws(SpecError) {
    self.optimizer = optimizer
    self.path = path
    for i in optimizer.groupIndices where optimizer[group: i].initialLR == nil {
      optimizer[group: i].initialLR = optimizer.lrs[i]
    }
    baseLRs = .allocate(count: optimizer.groupCount)
    for i in optimizer.groupIndices { baseLRs[i] = optimizer[group: i].initialLR ?? optimizer.lrs[i] }
    lastLR = .allocate(count: optimizer.groupCount)
    next = .allocate(count: optimizer.groupCount)
    lastEpoch = -1
    if initialStep { try self.initialStep() }
  }

  deinit {
    baseLRs.deallocate()
    lastLR.deallocate()
    next.deallocate()
  }

  /// `_initial_step`: resets the step count and steps once in initial mode.
  public func initialStep() throws(SpecError) {
    stepCount = 0
    isInitial = true
    defer { isInitial = false }
    try step(metric: nil)
  }

  /// The chainable form: writes the groups' next learning rates, computed at `lastEpoch`, into
  /// `values` (one per group). The default keeps the groups' current ones.
  open func getLR(into values: GroupValues) throws(SpecError) {
    values.assign(optimizer.lrs)
  }

  /// The closed form at `lastEpoch`, for classes that define `_get_closed_form_lr`: writes it
  /// into `values` and returns true, or returns false for a class without one.
  open func closedFormLR(into values: GroupValues) throws(SpecError) -> Bool { false }

  open func step(metric: Double?) throws(SpecError) {
    stepCount += 1
    try updateLR(epoch: nil)
  }

  /// `_update_lr`: with no epoch, advance and use `getLR()`; with one, jump there and use the
  /// closed form where there is one.
  open func updateLR(epoch: Int?) throws(SpecError) {
    if let epoch {
      lastEpoch = epoch
      if !(try closedFormLR(into: next)) {
        try getLR(into: next)
      }
    } else {
      lastEpoch += 1
      try getLR(into: next)
    }
    optimizer.lrs.assign(next)
    lastLR.assign(next)
  }

  /// `recursive_undo` as SequentialLR applies it to this scheduler.
  open func undoInitialStep() {
    lastEpoch -= 1
  }

  open var cyclesMomentum: Bool { false }
  open var needsMetric: Bool { false }

  /// The groups' current learning rates (`group["lr"]` for each group).
  public var groupLRs: GroupValues { optimizer.lrs }

  /// Writes `factor * group["lr"]` for each group into `values`.
  @inlinable
  public func scaleGroupLRs(by factor: Double, into values: GroupValues) {
    let lrs = optimizer.lrs
    for g in values.indices { values[g] = lrs[g] * factor }
  }

  /// Writes `base_lr * factor` for each group into `values`.
  @inlinable
  public func scaleBaseLRs(by factor: Double, into values: GroupValues) {
    for g in values.indices { values[g] = baseLRs[g] * factor }
  }

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
