/// `deepspeed.runtime.lr_schedules.WarmupDecayLR`: `WarmupLR`'s warmup, then a linear decay to 0
/// at `total_num_steps`.
///
/// After the warmup `gamma` is `max(0.0, float(total_num_steps - last_batch_iteration) /
/// float(max(1.0, total_num_steps - warmup_num_steps)))`, with `warmup_num_steps` already raised
/// to at least 2.
public final class DeepSpeedWarmupDecayLR: DeepSpeedWarmup {
  /// `total_num_steps` (an int or a float in Python; exact here for integers below 2**53).
  public let totalNumSteps: Double

  init(
    optimizer: Optimizer, totalNumSteps: Double, minLRs: [Double], maxLRs: [Double], warmupNumSteps: Int,
    warmupType: DeepSpeedArguments.WarmupType, path: String
  ) throws(SpecError) {
    self.totalNumSteps = totalNumSteps
    try super.init(
      optimizer: optimizer, minLRs: minLRs, maxLRs: maxLRs, warmupNumSteps: warmupNumSteps, warmupType: warmupType, path: path)
  }

  override func gamma() -> Double {
    if lastBatchIteration < warmupNumSteps {
      return warmupType.gamma(lastBatchIteration, warmupNumSteps: warmupNumSteps, inverseLogWarmUp: inverseLogWarmUp)
    }
    let remaining = totalNumSteps - Double(lastBatchIteration)
    let span = max(1.0, totalNumSteps - Double(warmupNumSteps))
    return max(0.0, remaining / span)
  }
}

extension DeepSpeedWarmupDecayLR {
  static let totalNumSteps = Param<Double>(
    "total_num_steps", help: "Total training steps: the learning rate reaches 0 here.", runDefault: .steps(), marker: "decay end")
  static let warmupMaxLR = ParameterInfo(
    "warmup_max_lr", "0.001", "Learning rate at the end of the warmup, or a list with one per group; None: each group's lr.",
    runDefault: .learningRate())

  static let descriptor = SchedulerDescriptor(
    name: "deepspeed.WarmupDecayLR", library: .deepspeed, aliases: ["ds-warmup-decay"], configNames: ["WarmupDecayLR"],
    summary: "WarmupLR's warmup to warmup_max_lr, then a linear decay to 0 at total_num_steps.",
    details: "Stepped by DeepSpeed's engine after every optimizer step. The optimizer's lr is replaced: the run starts at warmup_min_lr. Note warmup_type defaults to 'log'.",
    parameters: [
      totalNumSteps, DeepSpeedWarmup.warmupMinLR, warmupMaxLR, DeepSpeedWarmup.warmupNumSteps,
      DeepSpeedWarmup.warmupType,
    ],
    traits: [.perBatch, .absoluteLR], warmup: DeepSpeedArguments.warmup, export: .unsupported
  ) { args, ctx throws(SpecError) in
    guard args.has(totalNumSteps.name) else {
      throw SpecError(args.path(totalNumSteps.name), "TypeError: WarmupDecayLR.__init__() missing 1 required positional argument: 'total_num_steps'")
    }
    let total = try args[totalNumSteps]
    let steps = try args[DeepSpeedWarmup.warmupNumSteps]
    try DeepSpeedArguments.requireFreshStart(args)
    let groups = ctx.optimizer.groupCount
    let minLRs = try DeepSpeedArguments.formatParam(
      args, DeepSpeedWarmup.warmupMinLR.name, name: "min_lr", groups: groups, default: Array(repeating: 0.0, count: groups))
    let given = args.keys.contains(warmupMaxLR.name)
    let maxLRs = try DeepSpeedArguments.formatParam(
      args, warmupMaxLR.name, name: "max_lr", groups: groups,
      default: given ? ctx.optimizer.learningRates : Array(repeating: 0.001, count: groups))
    return try DeepSpeedWarmupDecayLR(
      optimizer: ctx.optimizer, totalNumSteps: total, minLRs: minLRs, maxLRs: maxLRs, warmupNumSteps: steps,
      warmupType: try args[DeepSpeedWarmup.warmupType], path: args.path)
  }
}
