/// `transformers.get_cosine_with_hard_restarts_schedule_with_warmup`: a linear warmup from 0, then
/// `num_cycles` half cosines from the optimizer's learning rate to 0, each restarting at the top.
enum CosineWithHardRestartsScheduleWithWarmup {
  /// `_get_cosine_with_hard_restarts_schedule_with_warmup_lr_lambda`: after warmup, 0 once
  /// `progress >= 1.0`, else `max(0.0, 0.5 * (1.0 + math.cos(math.pi * ((float(num_cycles) * progress) % 1.0))))`.
  static func lambda(numWarmupSteps: Double, numTrainingSteps: Double, numCycles: Double) -> LRLambda {
    LRLambda { (step: Int) throws(SpecError) -> Double in
      if Double(step) < numWarmupSteps { return TransformersArguments.warmup(step, numWarmupSteps) }
      let progress = (Double(step) - numWarmupSteps) / Swift.max(1, numTrainingSteps - numWarmupSteps)
      if progress >= 1.0 { return 0.0 }
      return PyChecked.max(0.0, 0.5 * (1.0 + PyMath.cos(PyMath.pi * PyMath.mod(numCycles * progress, 1.0))))
    }
  }
}

extension CosineWithHardRestartsScheduleWithWarmup {
  /// `num_cycles: int = 1`, read as a float as Python's arithmetic uses it.
  static let numCycles = Param<Double>(
    "num_cycles", defaultText: "1", help: "The number of hard restarts (cosine cycles)."
  ) { args, key throws(SpecError) in try args.double(key, default: 1) }

  static let descriptor = SchedulerDescriptor(
    name: "get_cosine_with_hard_restarts_schedule_with_warmup", library: .transformers,
    aliases: ["cosine-restarts-warmup"],
    summary: "Warms up linearly from 0, then runs num_cycles half cosines down to 0, jumping back to the top at each restart.",
    details: "SGDR-style restarts inside a fixed budget (Trainer's \"cosine_with_restarts\"). The cycles split num_training_steps - num_warmup_steps evenly; the factor is 0 from num_training_steps on. Stepped once per optimizer update (interval \"step\").",
    parameters: [
      TransformersArguments.warmup, TransformersArguments.training,
      numCycles,
      TransformersArguments.lastEpoch,
    ],
    traits: .perBatch, warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TransformersArguments.requireFreshStart(args)
    let warmup = try args[TransformersArguments.warmup]
    let training = try args[TransformersArguments.training]
    let cycles = try args[numCycles]
    return try TransformersArguments.lambdaLR(
      args, ctx, lambda(numWarmupSteps: warmup, numTrainingSteps: training, numCycles: cycles))
  }
}
