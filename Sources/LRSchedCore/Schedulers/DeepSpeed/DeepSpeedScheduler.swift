/// The object model the `deepspeed.runtime.lr_schedules` classes share (they derive from
/// `object`, not from PyTorch's `LRScheduler`): `last_batch_iteration` starts at -1, the
/// constructor writes the first learning rates into the groups itself, and
/// `step(last_batch_iteration=None)` increments `last_batch_iteration` and writes `get_lr()` into
/// every group (`update_lr`). DeepSpeed's engine calls `step()` after every `optimizer.step()`.
open class DeepSpeedScheduler: LRScheduler {
  public let optimizer: Optimizer
  /// Where the scheduler is in the spec, for errors raised while stepping.
  public let path: String
  /// `last_batch_iteration`: -1 until the first `step()`.
  @exclusivity(unchecked) public var lastBatchIteration = -1
  /// `_last_lr`: what the last `update_lr` wrote.
  public var lastLR: [Double] = []

  public init(optimizer: Optimizer, path: String) {
    self.optimizer = optimizer
    self.path = path
  }

  /// `get_lr()`: the groups' learning rates at `lastBatchIteration`.
  open func getLR() throws(SpecError) -> [Double] { optimizer.learningRates }

  /// `update_lr(param_groups, lrs)`.
  public func updateLR(_ lrs: [Double]) {
    optimizer.lrs.assign(lrs)
    lastLR = lrs
  }

  open func step(metric: Double?) throws(SpecError) {
    lastBatchIteration += 1
    updateLR(try getLR())
  }

  open var cyclesMomentum: Bool { false }
  open var needsMetric: Bool { false }

  /// Python's `a / b` on floats, raising `ZeroDivisionError` as Python does.
  public func div(_ a: Double, _ b: Double) throws(SpecError) -> Double {
    guard let q = PyMath.div(a, b) else { throw SpecError(path, "ZeroDivisionError: float division by zero") }
    return q
  }
}
