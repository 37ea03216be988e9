/// `transformers.get_cosine_schedule_with_warmup`: a linear warmup from 0, then a cosine from the
/// optimizer's learning rate down to 0 (`num_cycles` waves; half a wave by default).
enum CosineScheduleWithWarmup {
  /// `_get_cosine_schedule_with_warmup_lr_lambda`: after warmup, with
  /// `progress = float(current_step - num_warmup_steps) / float(max(1, num_training_steps - num_warmup_steps))`,
  /// `max(0.0, 0.5 * (1.0 + math.cos(math.pi * float(num_cycles) * 2.0 * progress)))`.
  static func lambda(numWarmupSteps: Double, numTrainingSteps: Double, numCycles: Double) -> LRLambda {
    LRLambda { (step: Int) throws(SpecError) -> Double in
      if Double(step) < numWarmupSteps { return TransformersArguments.warmup(step, numWarmupSteps) }
      let progress = (Double(step) - numWarmupSteps) / Swift.max(1, numTrainingSteps - numWarmupSteps)
      return PyChecked.max(0.0, 0.5 * (1.0 + PyMath.cos(PyMath.pi * numCycles * 2.0 * progress)))
    }
  }
}

extension CosineScheduleWithWarmup {
  static let numCycles = Param<Double>(
    "num_cycles", default: 0.5, help: "The number of cosine waves (0.5: from the maximum down to 0).")

  static let descriptor = SchedulerDescriptor(
    name: "get_cosine_schedule_with_warmup", library: .transformers, aliases: ["warmup-cosine"],
    summary: "Warms up linearly from 0 over num_warmup_steps, then follows a cosine down to 0 at num_training_steps.",
    details: "The usual pre-training / fine-tuning schedule (Trainer's \"cosine\"). num_cycles=0.5 is a half cosine ending at 0; larger values make more waves (the factor is clipped at 0). Stepped once per optimizer update (interval \"step\").",
    parameters: [
      TransformersArguments.warmup, TransformersArguments.training,
      numCycles,
      TransformersArguments.lastEpoch,
    ],
    traits: .perBatch, lint: findings, warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TransformersArguments.requireFreshStart(args)
    let warmup = try args[TransformersArguments.warmup]
    let training = try args[TransformersArguments.training]
    let cycles = try args[numCycles]
    return try TransformersArguments.lambdaLR(
      args, ctx, lambda(numWarmupSteps: warmup, numTrainingSteps: training, numCycles: cycles))
  }
}

extension CosineScheduleWithWarmup {
  /// LR003: num_training_steps shorter than the rows it drives, so the cosine climbs back up.
  static func findings(_ node: SchedulerNode, _ context: LintContext) -> [LintFinding] {
    let span = node.span
    guard let total = node.int(TransformersArguments.training.name), total > 0, total < span - 1, (node.number(numCycles.name) ?? 0.5) == 0.5
    else { return [] }
    return [
      LintFinding(
        .cosineShorterThanRun,
        "num_training_steps (\(total)) is shorter than \(context.runText(node)): past step \(node.start + total) the cosine climbs back up.",
        fix: "set num_training_steps to \(span).",
        path: "\(node.path).\(TransformersArguments.training.name)")
    ]
  }
}
