/// `transformers.get_constant_schedule_with_warmup`: a linear warmup from 0 to the optimizer's
/// learning rate over `num_warmup_steps`, then constant.
enum ConstantScheduleWithWarmup {
  /// `_get_constant_schedule_with_warmup_lr_lambda`:
  /// `float(current_step) / float(max(1.0, num_warmup_steps))` during warmup, then 1.
  static func lambda(numWarmupSteps: Double) -> LRLambda {
    LRLambda { (step: Int) throws(SpecError) -> Double in
      if Double(step) < numWarmupSteps { return Double(step) / Swift.max(1.0, Double(numWarmupSteps)) }
      return 1.0
    }
  }
}

extension ConstantScheduleWithWarmup {
  static let descriptor = SchedulerDescriptor(
    name: "get_constant_schedule_with_warmup", library: .transformers, aliases: ["warmup-constant"],
    summary: "Warms up linearly from 0 to the optimizer's learning rate over num_warmup_steps, then holds it.",
    details: "For fine-tuning with a fixed learning rate after a short warmup (Trainer's \"constant_with_warmup\"). The factor at step s < num_warmup_steps is s / num_warmup_steps, so row 0 is 0. Stepped once per optimizer update (interval \"step\").",
    parameters: [TransformersArguments.warmup, TransformersArguments.lastEpoch],
    traits: .perBatch, warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TransformersArguments.requireFreshStart(args)
    let warmup = try args[TransformersArguments.warmup]
    return try TransformersArguments.lambdaLR(args, ctx, lambda(numWarmupSteps: warmup))
  }
}
