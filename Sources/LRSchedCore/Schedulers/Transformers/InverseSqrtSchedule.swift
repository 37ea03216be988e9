/// `transformers.get_inverse_sqrt_schedule`: a linear warmup from 0, then a decay proportional to
/// the inverse square root of the step.
enum InverseSqrtSchedule {
  /// `_get_inverse_sqrt_schedule_lr_lambda`: after warmup,
  /// `1.0 / math.sqrt((current_step + shift) / timescale)` with `shift = timescale - num_warmup_steps`.
  static func lambda(numWarmupSteps: Double, timescale: Double, path: String) -> LRLambda {
    LRLambda { (step: Int) throws(SpecError) -> Double in
      if Double(step) < numWarmupSteps { return TransformersArguments.warmup(step, numWarmupSteps) }
      let shift = timescale - numWarmupSteps
      guard timescale != 0 else { throw SpecError(path, "ZeroDivisionError: division by zero") }
      let root = try PyChecked.sqrt((Double(step) + shift) / timescale, at: path)
      return try PyChecked.div(1.0, root, at: path)
    }
  }
}

extension InverseSqrtSchedule {
  static let timescale = Param<Double?>(
    "timescale", defaultText: "None", help: "Time scale of the decay; None means num_warmup_steps, or 10000 when that is 0."
  ) { args, key throws(SpecError) in try TransformersArguments.optionalStepCount(args, key) }

  static let descriptor = SchedulerDescriptor(
    name: "get_inverse_sqrt_schedule", library: .transformers, aliases: ["inverse-sqrt"],
    summary: "Warms up linearly from 0, then decays as 1/sqrt((step + timescale - num_warmup_steps) / timescale).",
    details: "The Transformer / big_vision inverse square root schedule (Trainer's \"inverse_sqrt\"), for open-ended training with no fixed length. timescale defaults to num_warmup_steps (10000 when that is 0). Stepped once per optimizer update (interval \"step\").",
    parameters: [
      TransformersArguments.warmup,
      timescale,
      TransformersArguments.lastEpoch,
    ],
    traits: .perBatch, warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TransformersArguments.requireFreshStart(args)
    let warmup = try args[TransformersArguments.warmup]
    var scale = try args[timescale]
    if scale == nil { scale = warmup != 0 ? warmup : 10_000 }
    return try TransformersArguments.lambdaLR(
      args, ctx, lambda(numWarmupSteps: warmup, timescale: scale ?? 10_000, path: args.path))
  }
}
