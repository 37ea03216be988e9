/// `deepspeed.runtime.lr_schedules.WarmupCosineLR`: the optimizer's learning rates (read at
/// construction, `org_lrs`) times a ratio that rises from `warmup_min_ratio` to 1 over
/// `warmup_num_steps` steps, then follows a half cosine down to `cos_min_ratio` at
/// `total_num_steps`.
///
/// As in DeepSpeed: the constructor writes `0.0` into every group (`get_lr()` before the first
/// step); during the warmup the ratio is `warmup_min_ratio + r * (1. - warmup_min_ratio)` with
/// `r` the log or linear fraction; after it, `progress = min(1.0, (last_batch_iteration -
/// warmup_num_steps + 1) / max(1, total_num_steps - warmup_num_steps))` and the ratio is
/// `max(0.0, cos_min_ratio + (1. - cos_min_ratio) * ((1 + math.cos(math.pi * progress)) / 2))`.
public final class DeepSpeedWarmupCosineLR: DeepSpeedScheduler {
  public let totalNumSteps: Double
  public let warmupMinRatio: Double
  /// `max(2, warmup_num_steps)`.
  public let warmupNumSteps: Int
  public let cosMinRatio: Double
  let warmupType: DeepSpeedArguments.WarmupType
  public let inverseLogWarmUp: Double
  /// `org_lrs`: the groups' learning rates when the scheduler was made.
  public let orgLRs: [Double]

  init(
    optimizer: Optimizer, totalNumSteps: Double, warmupMinRatio: Double, warmupNumSteps: Int, cosMinRatio: Double,
    warmupType: DeepSpeedArguments.WarmupType, path: String
  ) throws(SpecError) {
    self.totalNumSteps = totalNumSteps
    self.cosMinRatio = cosMinRatio
    self.warmupType = warmupType
    self.warmupMinRatio = warmupMinRatio
    self.warmupNumSteps = max(2, warmupNumSteps)
    inverseLogWarmUp = 1.0 / PyMath.log(Double(self.warmupNumSteps))
    orgLRs = optimizer.learningRates
    super.init(optimizer: optimizer, path: path)
    try updateLR()
  }

  /// `get_lr_ratio()`.
  func lrRatio() -> Double {
    if lastBatchIteration < 0 { return 0.0 }
    if lastBatchIteration < warmupNumSteps {
      let r = warmupType.gamma(lastBatchIteration, warmupNumSteps: warmupNumSteps, inverseLogWarmUp: inverseLogWarmUp)
      let ratioDelta = 1.0 - warmupMinRatio
      return warmupMinRatio + r * ratioDelta
    }
    let realLastStep = Double(lastBatchIteration - warmupNumSteps + 1)
    let realTotalSteps = max(1, totalNumSteps - Double(warmupNumSteps))
    let progress = min(1.0, realLastStep / realTotalSteps)
    let ratioDelta = 1.0 - cosMinRatio
    let ratio = (1 + PyMath.cos(PyMath.pi * progress)) / 2
    return max(0.0, cosMinRatio + ratioDelta * ratio)
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    if lastBatchIteration < 0 { return values.fill(0.0) }
    let ratio = lrRatio()
    for (i, lr) in orgLRs.enumerated() { values[i] = lr * ratio }
  }
}

extension DeepSpeedWarmupCosineLR {
  static let totalNumSteps = Param<Double>(
    "total_num_steps", help: "Total training steps: the cosine reaches cos_min_ratio here.", runDefault: .steps(),
    marker: "decay end")
  static let warmupMinRatio = Param<Double>(
    "warmup_min_ratio", default: 0.0, help: "The ratio of the optimizer's lr the warmup starts from.")
  static let warmupNumSteps = DeepSpeedArguments.warmupNumSteps(help: "Steps of warmup to a ratio of 1 (at least 2 are used).")
  static let cosMinRatio = Param<Double>("cos_min_ratio", default: 0.0001, help: "The ratio of the optimizer's lr the cosine ends at.")
  static let warmupType = DeepSpeedArguments.warmupType

  static let descriptor = SchedulerDescriptor(
    name: "deepspeed.WarmupCosineLR", library: .deepspeed, aliases: ["ds-warmup-cosine"], configNames: ["WarmupCosineLR"],
    summary: "Warms up from warmup_min_ratio × lr to lr, then a half cosine down to cos_min_ratio × lr at total_num_steps.",
    details: "Ratios of the optimizer's own learning rates. Stepped by DeepSpeed's engine after every optimizer step; the first step runs at lr 0 (the constructor's value). Note warmup_type defaults to 'log'.",
    parameters: [
      totalNumSteps, warmupMinRatio, warmupNumSteps, cosMinRatio, warmupType,
    ],
    traits: [.perBatch], warmup: DeepSpeedArguments.warmup, export: .unsupported
  ) { args, ctx throws(SpecError) in
    guard args.has(totalNumSteps.name) else {
      throw SpecError(
        args.path(totalNumSteps.name), "TypeError: WarmupCosineLR.__init__() missing 1 required positional argument: 'total_num_steps'")
    }
    let steps = try args[warmupNumSteps]
    try DeepSpeedArguments.requireFreshStart(args)
    return try DeepSpeedWarmupCosineLR(
      optimizer: ctx.optimizer, totalNumSteps: try args[totalNumSteps], warmupMinRatio: try args[warmupMinRatio],
      warmupNumSteps: steps, cosMinRatio: try args[cosMinRatio], warmupType: try args[warmupType], path: args.path)
  }
}
