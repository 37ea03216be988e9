/// `transformers.get_linear_schedule_with_warmup`: a linear warmup from 0, then a linear decay to
/// 0 at `num_training_steps`.
enum LinearScheduleWithWarmup {
  /// `_get_linear_schedule_with_warmup_lr_lambda`: after warmup,
  /// `max(0.0, float(num_training_steps - current_step) / float(max(1, num_training_steps - num_warmup_steps)))`.
  static func lambda(numWarmupSteps: Double, numTrainingSteps: Double) -> LRLambda {
    LRLambda { (step: Int) throws(SpecError) -> Double in
      if Double(step) < numWarmupSteps { return TransformersArguments.warmup(step, numWarmupSteps) }
      return PyChecked.max(
        0.0, (numTrainingSteps - Double(step)) / Swift.max(1, numTrainingSteps - numWarmupSteps))
    }
  }
}

extension LinearScheduleWithWarmup {
  static let descriptor = SchedulerDescriptor(
    name: "get_linear_schedule_with_warmup", library: .transformers, aliases: ["warmup-linear"],
    summary: "Warms up linearly from 0 over num_warmup_steps, then decays linearly to 0 at num_training_steps.",
    details: "The Trainer's default (\"linear\"), BERT-style fine-tuning. The learning rate is each group's lr times the factor; it stays 0 after num_training_steps. Stepped once per optimizer update (interval \"step\"), with num_training_steps the number of updates.",
    parameters: [
      TransformersArguments.warmup, TransformersArguments.training,
      TransformersArguments.lastEpoch,
    ],
    traits: .perBatch, warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TransformersArguments.requireFreshStart(args)
    let warmup = try args[TransformersArguments.warmup]
    let training = try args[TransformersArguments.training]
    return try TransformersArguments.lambdaLR(args, ctx, lambda(numWarmupSteps: warmup, numTrainingSteps: training))
  }
}
