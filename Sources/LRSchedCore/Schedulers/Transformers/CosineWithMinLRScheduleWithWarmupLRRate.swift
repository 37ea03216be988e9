/// `transformers.get_cosine_with_min_lr_schedule_with_warmup_lr_rate`: like
/// `get_cosine_with_min_lr_schedule_with_warmup`, but the warmup starts above 0 (at
/// `1 / num_warmup_steps`, or at `warmup_lr_rate`) and the cosine is shifted one step earlier.
enum CosineWithMinLRScheduleWithWarmupLRRate {
  /// `_get_cosine_with_min_lr_schedule_with_warmup_lr_rate_lambda`, on floats throughout:
  /// warmup `(step + 1.0) / max(1.0, warmup)` or
  /// `warmup_lr_rate + (1.0 - warmup_lr_rate) * step / max(1, warmup - 1)`; then
  /// `progress = (step - warmup + 1.0) / max(1.0, training - warmup)` and the floored cosine.
  static func lambda(
    numWarmupSteps: Double, numTrainingSteps: Double, numCycles: Double, minLRRate: Double, warmupLRRate: Double?
  ) -> LRLambda {
    LRLambda { (step: Int) throws(SpecError) -> Double in
      let current = Double(step)
      let warmup = Double(numWarmupSteps)
      let training = Double(numTrainingSteps)
      if current < warmup {
        guard let w = warmupLRRate else { return (current + 1.0) / Swift.max(1.0, warmup) }
        return w + (1.0 - w) * current / Swift.max(1, warmup - 1)
      }
      let progress = (current - warmup + 1.0) / Swift.max(1.0, training - warmup)
      var factor = 0.5 * (1.0 + PyMath.cos(PyMath.pi * numCycles * 2.0 * progress))
      factor = factor * (1 - minLRRate) + minLRRate
      return PyChecked.max(0, factor)
    }
  }
}

extension CosineWithMinLRScheduleWithWarmupLRRate {
  static let warmupLRRate = Param<Double?>(
    "warmup_lr_rate", help: "The warmup's starting fraction of the lr; None starts at 1/num_warmup_steps.")

  static let descriptor = SchedulerDescriptor(
    name: "get_cosine_with_min_lr_schedule_with_warmup_lr_rate", library: .transformers,
    summary: "Warms up from a non-zero rate, then follows a cosine down to min_lr (or min_lr_rate × lr), one step ahead of cosine_with_min_lr.",
    details: "Trainer's \"cosine_warmup_with_min_lr\". The warmup starts at 1/num_warmup_steps (or warmup_lr_rate) instead of 0 and reaches the full rate on its last step; the cosine reaches the floor at num_training_steps - 1. Exactly one of min_lr and min_lr_rate is required. Stepped once per optimizer update (interval \"step\").",
    parameters: [
      TransformersArguments.warmup, TransformersArguments.training,
      CosineWithMinLRScheduleWithWarmup.numCycles, CosineWithMinLRScheduleWithWarmup.minLR,
      CosineWithMinLRScheduleWithWarmup.minLRRate, warmupLRRate, TransformersArguments.lastEpoch,
    ],
    traits: .perBatch, warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TransformersArguments.requireFreshStart(args)
    let warmup = try args[TransformersArguments.warmup]
    let training = try args[TransformersArguments.training]
    let cycles = try args[CosineWithMinLRScheduleWithWarmup.numCycles]
    let rate = try CosineWithMinLRScheduleWithWarmup.floorRate(args, ctx.optimizer)
    let warmupRate = try args[warmupLRRate]
    return try TransformersArguments.lambdaLR(
      args, ctx,
      lambda(numWarmupSteps: warmup, numTrainingSteps: training, numCycles: cycles, minLRRate: rate, warmupLRRate: warmupRate))
  }
}
