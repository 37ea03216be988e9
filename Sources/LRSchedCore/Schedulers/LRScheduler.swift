/// A learning-rate scheduler attached to an `Optimizer`: every library's schedules, stepped the
/// way a training loop steps them.
///
/// Construction performs the library's own initial step, so the optimizer's groups hold the
/// learning rates of row 0; each `step(metric:)` moves them to the next row.
///
/// A scheduler is stepped from one thread and its methods never overlap, so its counters are
/// declared `@exclusivity(unchecked)`: the per-step path makes no runtime exclusivity checks.
public protocol LRScheduler: AnyObject {
  /// The optimizer whose groups this scheduler writes.
  var optimizer: Optimizer { get }
  /// Advances one step. `metric` is the monitored value for plateau schedulers, ignored by others.
  func step(metric: Double?) throws(SpecError)
  /// Whether this scheduler (or one it wraps) drives SGD's momentum or Adam's beta1.
  var cyclesMomentum: Bool { get }
  /// Whether `step(metric:)` needs a metric.
  var needsMetric: Bool { get }
}

extension LRScheduler {
  public var cyclesMomentum: Bool { false }
  public var needsMetric: Bool { false }
}
