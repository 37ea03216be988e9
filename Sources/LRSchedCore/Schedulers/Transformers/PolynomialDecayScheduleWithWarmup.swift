/// `transformers.get_polynomial_decay_schedule_with_warmup`: a linear warmup from 0, then a
/// polynomial decay from the optimizer's learning rate to `lr_end` at `num_training_steps`.
///
/// The factor is computed from `optimizer.defaults["lr"]` (`lr_init`), not from each group's
/// learning rate, exactly as transformers does: with groups of other learning rates, each group
/// ends at `lr_end * group_lr / lr_init`.
enum PolynomialDecayScheduleWithWarmup {
  /// `_get_polynomial_decay_schedule_with_warmup_lr_lambda`: after warmup,
  /// `(lr_range * pct_remaining**power + lr_end) / lr_init`, and `lr_end / lr_init` after
  /// `num_training_steps`.
  static func lambda(
    numWarmupSteps: Double, numTrainingSteps: Double, lrEnd: Double, power: Double, lrInit: Double, path: String
  ) -> LRLambda {
    LRLambda { (step: Int) throws(SpecError) -> Double in
      if Double(step) < numWarmupSteps { return TransformersArguments.warmup(step, numWarmupSteps) }
      if Double(step) > numTrainingSteps { return try PyChecked.div(lrEnd, lrInit, at: path) }
      let lrRange = lrInit - lrEnd
      let decaySteps = numTrainingSteps - numWarmupSteps
      guard decaySteps != 0 else { throw SpecError(path, "ZeroDivisionError: division by zero") }
      let pctRemaining = 1 - (Double(step) - numWarmupSteps) / Double(decaySteps)
      let decay = lrRange * (try PyChecked.pow(pctRemaining, power, at: path)) + lrEnd
      return try PyChecked.div(decay, lrInit, at: path)
    }
  }
}

extension PolynomialDecayScheduleWithWarmup {
  static let lrEnd = Param<Double>("lr_end", default: 1e-7, help: "The learning rate reached at num_training_steps.")
  static let power = Param<Double>("power", default: 1.0, help: "The power of the polynomial.")

  static let descriptor = SchedulerDescriptor(
    name: "get_polynomial_decay_schedule_with_warmup", library: .transformers, aliases: ["warmup-poly"],
    summary: "Warms up linearly from 0, then decays polynomially from the optimizer's lr to lr_end at num_training_steps.",
    details: "BERT/fairseq-style polynomial decay (Trainer's \"polynomial\"); power=1.0 is linear decay to lr_end. The factor uses the optimizer's default lr (the spec's top-level optimizer.lr) as lr_init, which must exceed lr_end. Stepped once per optimizer update (interval \"step\").",
    parameters: [
      TransformersArguments.warmup, TransformersArguments.training,
      lrEnd, power,
      TransformersArguments.lastEpoch,
    ],
    traits: .perBatch, warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TransformersArguments.requireFreshStart(args)
    let warmup = try args[TransformersArguments.warmup]
    let training = try args[TransformersArguments.training]
    let lrEnd = try args[Self.lrEnd]
    let power = try args[Self.power]
    let lrInit = TransformersArguments.defaultLR(ctx.optimizer)
    guard lrInit > lrEnd else {
      throw SpecError(
        args.path(Self.lrEnd.name),
        "lr_end (\(DoubleFormat.shortest(lrEnd))) must be smaller than initial lr (\(DoubleFormat.shortest(lrInit)))")
    }
    return try TransformersArguments.lambdaLR(
      args, ctx,
      lambda(numWarmupSteps: warmup, numTrainingSteps: training, lrEnd: lrEnd, power: power, lrInit: lrInit, path: args.path))
  }
}
