/// What `deepspeed.runtime.lr_schedules.WarmupLR` is, and `WarmupDecayLR` inherits: a rise from
/// `warmup_min_lr` to `warmup_max_lr` over `warmup_num_steps` steps (logarithmic or linear).
///
/// As in DeepSpeed, `warmup_num_steps` is raised to at least 2, the constructor writes
/// `warmup_min_lr` into the groups (its `get_lr()` at `last_batch_iteration = -1`), and
/// `get_lr()` is `min_lr + (delta_lr * gamma)` with `delta_lr = max_lr - min_lr` and, during the
/// warmup, `gamma` either `(1.0 / math.log(warmup_num_steps)) * math.log(last_batch_iteration + 1)`
/// or `last_batch_iteration / warmup_num_steps`; subclasses say what `gamma` is after it.
open class DeepSpeedWarmup: DeepSpeedScheduler {
  public let minLRs: [Double]
  public let maxLRs: [Double]
  public let deltaLRs: [Double]
  /// `max(2, warmup_num_steps)`.
  public let warmupNumSteps: Int
  let warmupType: DeepSpeedArguments.WarmupType
  /// `1.0 / math.log(warmup_num_steps)`.
  public let inverseLogWarmUp: Double

  init(
    optimizer: Optimizer, minLRs: [Double], maxLRs: [Double], warmupNumSteps: Int,
    warmupType: DeepSpeedArguments.WarmupType, path: String
  ) throws(SpecError) {
    guard warmupNumSteps > 0 else {
      throw SpecError(path + "." + Self.warmupNumSteps.name, "warmup_num_steps must be a positive integer, got \(warmupNumSteps)")
    }
    self.minLRs = minLRs
    self.maxLRs = maxLRs
    deltaLRs = zip(maxLRs, minLRs).map { $0 - $1 }
    self.warmupNumSteps = max(2, warmupNumSteps)
    self.warmupType = warmupType
    inverseLogWarmUp = 1.0 / PyMath.log(Double(self.warmupNumSteps))
    super.init(optimizer: optimizer, path: path)
    try updateLR()
  }

  /// `_get_gamma()`: the warmup's fraction, then 1.0 (`WarmupLR`).
  func gamma() -> Double {
    if lastBatchIteration < warmupNumSteps {
      return warmupType.gamma(lastBatchIteration, warmupNumSteps: warmupNumSteps, inverseLogWarmUp: inverseLogWarmUp)
    }
    return 1.0
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    if lastBatchIteration < 0 { return values.assign(minLRs) }
    let g = gamma()
    for (i, (minLR, deltaLR)) in zip(minLRs, deltaLRs).enumerated() { values[i] = minLR + (deltaLR * g) }
  }
}

extension DeepSpeedWarmup {
  static let warmupMinLR = ParameterInfo("warmup_min_lr", "0.0", "Learning rate at the start, or a list with one per group.")
  static let warmupNumSteps = DeepSpeedArguments.warmupNumSteps(help: "Steps of warmup (at least 2 are used).")
  static let warmupType = DeepSpeedArguments.warmupType
}
