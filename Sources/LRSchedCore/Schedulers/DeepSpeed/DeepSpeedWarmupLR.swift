/// `deepspeed.runtime.lr_schedules.WarmupLR`: `DeepSpeedWarmup`'s rise from `warmup_min_lr` to
/// `warmup_max_lr` over `warmup_num_steps` steps, then `warmup_max_lr` held (`gamma` is 1.0).
public final class DeepSpeedWarmupLR: DeepSpeedWarmup {}

extension DeepSpeedWarmupLR {
  static let warmupMaxLR = ParameterInfo(
    "warmup_max_lr", "None", "Learning rate at the end of the warmup, or a list with one per group; None: each group's lr.")

  static let descriptor = SchedulerDescriptor(
    name: "deepspeed.WarmupLR", library: .deepspeed, aliases: ["ds-warmup"], configNames: ["WarmupLR"],
    summary: "Warms up from warmup_min_lr to warmup_max_lr over warmup_num_steps (log or linear), then holds.",
    details: "DeepSpeed's default warmup; stepped by the engine after every optimizer step. The optimizer's lr is replaced from the first step: the run starts at warmup_min_lr (twice: the constructor's value, then step 0's).",
    parameters: [warmupMinLR, warmupMaxLR, warmupNumSteps, warmupType],
    traits: [.perBatch, .absoluteLR], warmup: DeepSpeedArguments.warmup, export: .unsupported
  ) { args, ctx throws(SpecError) in
    let steps = try args[warmupNumSteps]
    try DeepSpeedArguments.requireFreshStart(args)
    let groups = ctx.optimizer.groupCount
    let minLRs = try DeepSpeedArguments.formatParam(
      args, warmupMinLR.name, name: "min_lr", groups: groups, default: Array(repeating: 0.0, count: groups))
    let maxLRs = try DeepSpeedArguments.formatParam(
      args, warmupMaxLR.name, name: "max_lr", groups: groups, default: ctx.optimizer.learningRates)
    return try DeepSpeedWarmupLR(
      optimizer: ctx.optimizer, minLRs: minLRs, maxLRs: maxLRs, warmupNumSteps: steps, warmupType: try args[warmupType],
      path: args.path)
  }
}
