/// `transformers.get_cosine_with_min_lr_schedule_with_warmup`: a linear warmup from 0, then a
/// cosine from the optimizer's learning rate down to `min_lr` (or `min_lr_rate` times it).
enum CosineWithMinLRScheduleWithWarmup {
  /// `_get_cosine_schedule_with_warmup_lr_lambda` with `min_lr_rate`: after warmup, the cosine
  /// factor `f` becomes `max(0, f * (1 - min_lr_rate) + min_lr_rate)`.
  static func lambda(numWarmupSteps: Double, numTrainingSteps: Double, numCycles: Double, minLRRate: Double) -> LRLambda {
    LRLambda { (step: Int) throws(SpecError) -> Double in
      if Double(step) < numWarmupSteps { return TransformersArguments.warmup(step, numWarmupSteps) }
      let progress = (Double(step) - numWarmupSteps) / Swift.max(1, numTrainingSteps - numWarmupSteps)
      var factor = 0.5 * (1.0 + PyMath.cos(PyMath.pi * numCycles * 2.0 * progress))
      factor = factor * (1 - minLRRate) + minLRRate
      return PyChecked.max(0, factor)
    }
  }

  /// The `min_lr` / `min_lr_rate` pair as transformers resolves it: exactly one of them, `min_lr`
  /// becoming `min_lr / optimizer.defaults["lr"]`.
  static func floorRate(_ args: SchedulerArguments, _ optimizer: Optimizer) throws(SpecError) -> Double {
    let lr = try args[minLR]
    let rate = try args[minLRRate]
    if lr != nil && rate != nil {
      throw SpecError(args.path(minLRRate.name), "Only one of min_lr or min_lr_rate should be set")
    }
    if let lr {
      return try PyChecked.div(lr, TransformersArguments.defaultLR(optimizer), at: args.path(minLR.name))
    }
    guard let rate else {
      throw SpecError(args.path, "One of min_lr or min_lr_rate should be set through the `lr_scheduler_kwargs`")
    }
    return rate
  }
}

extension CosineWithMinLRScheduleWithWarmup {
  static let numCycles = Param<Double>(
    "num_cycles", default: 0.5, help: "The number of cosine waves (0.5: from the maximum down to the floor).")
  static let minLR = Param<Double?>(
    "min_lr", help: "The learning rate the cosine ends at (divided by the optimizer's default lr); give this or min_lr_rate.")
  static let minLRRate = Param<Double?>(
    "min_lr_rate", help: "The final learning rate as a fraction of each group's lr; give this or min_lr.")

  static let descriptor = SchedulerDescriptor(
    name: "get_cosine_with_min_lr_schedule_with_warmup", library: .transformers,
    summary: "Warms up linearly from 0, then follows a cosine down to min_lr (or min_lr_rate × lr) at num_training_steps.",
    details: "A cosine decay that stops at a floor instead of 0 (Trainer's \"cosine_with_min_lr\"). Exactly one of min_lr and min_lr_rate is required; min_lr is turned into a rate with the optimizer's default lr (the spec's top-level optimizer.lr). Stepped once per optimizer update (interval \"step\").",
    parameters: [
      TransformersArguments.warmup, TransformersArguments.training,
      numCycles, minLR, minLRRate, TransformersArguments.lastEpoch,
    ],
    traits: .perBatch, warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TransformersArguments.requireFreshStart(args)
    let warmup = try args[TransformersArguments.warmup]
    let training = try args[TransformersArguments.training]
    let cycles = try args[numCycles]
    let rate = try floorRate(args, ctx.optimizer)
    return try TransformersArguments.lambdaLR(
      args, ctx, lambda(numWarmupSteps: warmup, numTrainingSteps: training, numCycles: cycles, minLRRate: rate))
  }
}
