/// The object model the `deepspeed.runtime.lr_schedules` classes share (they derive from
/// `object`, not from PyTorch's `LRScheduler`): `last_batch_iteration` starts at -1, the
/// constructor writes the first learning rates into the groups itself, and
/// `step(last_batch_iteration=None)` increments `last_batch_iteration` and writes `get_lr()` into
/// every group (`update_lr`). DeepSpeed's engine calls `step()` after every `optimizer.step()`.
///
/// `get_lr()`'s list is written into storage allocated once (`getLR(into:)`), so a step allocates
/// nothing.
open class DeepSpeedScheduler: LRScheduler {
  public let optimizer: Optimizer
  /// Where the scheduler is in the spec, for errors raised while stepping.
  public let path: String
  /// `last_batch_iteration`: -1 until the first `step()`.
  @exclusivity(unchecked) public var lastBatchIteration = -1
  /// `_last_lr`: what the last `update_lr` wrote.
  public let lastLR: GroupValues
  /// The list `get_lr()` returns, before `update_lr` writes it.
  let next: GroupValues

  public init(optimizer: Optimizer, path: String) {
    self.optimizer = optimizer
    self.path = path
    lastLR = .allocate(count: optimizer.groupCount)
    next = .allocate(count: optimizer.groupCount)
  }

  deinit {
    lastLR.deallocate()
    next.deallocate()
  }

  /// `get_lr()`: writes the groups' learning rates at `lastBatchIteration` into `values` (one per
  /// group). The default keeps the groups' current ones.
  open func getLR(into values: GroupValues) throws(SpecError) { values.assign(optimizer.lrs) }

  /// `update_lr(param_groups, lrs)`.
  public func updateLR(_ lrs: GroupValues) {
    optimizer.lrs.assign(lrs)
    lastLR.assign(lrs)
  }

  /// `update_lr(param_groups, get_lr())`.
  func updateLR() throws(SpecError) {
    try getLR(into: next)
    updateLR(next)
  }

  open func step(metric: Double?) throws(SpecError) {
    lastBatchIteration += 1
    try updateLR()
  }

  open var cyclesMomentum: Bool { false }
  open var needsMetric: Bool { false }

  /// Python's `a / b` on floats, raising `ZeroDivisionError` as Python does.
  public func div(_ a: Double, _ b: Double) throws(SpecError) -> Double {
    guard let q = PyMath.div(a, b) else { throw SpecError(path, "ZeroDivisionError: float division by zero") }
    return q
  }
}
