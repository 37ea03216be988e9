/// `transformers.get_wsd_schedule`: warmup, stable, decay. A warmup from `min_lr_ratio` to the
/// optimizer's learning rate, a constant stretch, a decay back to `min_lr_ratio` times it, then
/// that floor.
enum WSDSchedule {
  /// `_get_wsd_scheduler_lambda`, phase by phase; the warmup and decay factors `f` become
  /// `max(0.0, f * (1.0 - min_lr_ratio) + min_lr_ratio)`.
  static func lambda(
    numWarmupSteps: Double, numStableSteps: Double, numDecaySteps: Double, warmupType: WSDCurve, decayType: WSDCurve,
    minLRRatio: Double, numCycles: Double, path: String
  ) -> LRLambda {
    LRLambda { (step: Int) throws(SpecError) -> Double in
      if Double(step) < numWarmupSteps {
        let progress = Double(step) / Swift.max(1, numWarmupSteps)
        let factor: Double
        switch warmupType {
        case .linear: factor = progress
        case .cosine: factor = 0.5 * (1.0 - PyMath.cos(PyMath.pi * progress))
        case .oneMinusSqrt: factor = 1.0 - (try PyChecked.sqrt(1.0 - progress, at: path))
        }
        return PyChecked.max(0.0, factor * (1.0 - minLRRatio) + minLRRatio)
      }
      if Double(step) < numWarmupSteps + numStableSteps { return 1.0 }
      if Double(step) < numWarmupSteps + numStableSteps + numDecaySteps {
        let progress = (Double(step) - numWarmupSteps - numStableSteps) / Swift.max(1, numDecaySteps)
        let factor: Double
        switch decayType {
        case .linear: factor = 1.0 - progress
        case .cosine: factor = 0.5 * (1.0 + PyMath.cos(PyMath.pi * numCycles * 2.0 * progress))
        case .oneMinusSqrt: factor = 1.0 - (try PyChecked.sqrt(progress, at: path))
        }
        return PyChecked.max(0.0, factor * (1.0 - minLRRatio) + minLRRatio)
      }
      return minLRRatio
    }
  }
}

extension WSDSchedule {
  static let numDecaySteps = Param<Double>("num_decay_steps", defaultText: nil, help: "Steps of the final decay.") {
    args, key throws(SpecError) in try TransformersArguments.stepCount(args, key)
  }
  /// `num_training_steps`, optional here: `num_stable_steps` may stand in for it.
  static let numTrainingSteps = Param<Double?>(
    TransformersArguments.training.name, defaultText: "None",
    help: "The total length; the stable phase is num_training_steps - num_warmup_steps - num_decay_steps.",
    runDefault: .steps()
  ) { args, key throws(SpecError) in try TransformersArguments.optionalStepCount(args, key) }
  static let numStableSteps = Param<Double?>(
    "num_stable_steps", defaultText: "None", help: "Steps of the stable phase; used instead of num_training_steps when given."
  ) { args, key throws(SpecError) in try TransformersArguments.optionalStepCount(args, key) }
  static let warmupType = WSDCurve.parameter(
    "warmup_type", default: .linear, kind: "warmup", help: "The warmup's shape: \"linear\", \"cosine\" or \"1-sqrt\".")
  static let decayType = WSDCurve.parameter(
    "decay_type", default: .cosine, kind: "decay", help: "The decay's shape: \"linear\", \"cosine\" or \"1-sqrt\".")
  /// `min_lr_ratio: float = 0`.
  static let minLRRatio = Param<Double>(
    "min_lr_ratio", defaultText: "0", help: "The floor, as a fraction of the lr, that the warmup starts from and the decay ends at."
  ) { args, key throws(SpecError) in try args.double(key, default: 0) }
  static let numCycles = Param<Double>(
    "num_cycles", default: 0.5, help: "The number of cosine waves of a cosine decay (0.5: a half cosine).")

  static let descriptor = SchedulerDescriptor(
    name: "get_wsd_schedule", library: .transformers, aliases: ["wsd"],
    summary: "Warmup-stable-decay: warms up to the optimizer's lr, holds it, then decays to min_lr_ratio × lr.",
    details: "The MiniCPM-style WSD schedule (Trainer's \"warmup_stable_decay\"), for pre-training whose length may change: the stable phase can be extended and the short decay run at the end. warmup_type and decay_type are \"linear\", \"cosine\" or \"1-sqrt\". Give num_training_steps (the stable phase is what remains) or num_stable_steps (which wins when both are given); after the decay the factor stays at min_lr_ratio. Stepped once per optimizer update (interval \"step\").",
    parameters: [
      TransformersArguments.warmup, numDecaySteps, numTrainingSteps, numStableSteps, warmupType, decayType, minLRRatio,
      numCycles, TransformersArguments.lastEpoch,
    ],
    traits: .perBatch, markers: markers, warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TransformersArguments.requireFreshStart(args)
    let warmup = try args[TransformersArguments.warmup]
    let decay = try args[numDecaySteps]
    let training = try args[numTrainingSteps]
    let stableGiven = try args[numStableSteps]
    guard training != nil || stableGiven != nil else {
      throw SpecError(args.path(numTrainingSteps.name), "Either num_training_steps or num_stable_steps must be specified.")
    }
    let warmupCurve = try args[warmupType]
    let decayCurve = try args[decayType]
    let ratio = try args[minLRRatio]
    let cycles = try args[numCycles]
    let stable = stableGiven ?? ((training ?? 0) - warmup - decay)
    return try TransformersArguments.lambdaLR(
      args, ctx,
      lambda(
        numWarmupSteps: warmup, numStableSteps: stable, numDecaySteps: decay, warmupType: warmupCurve,
        decayType: decayCurve, minLRRatio: ratio, numCycles: cycles, path: args.path))
  }
}

extension WSDSchedule {
  /// Where the decay starts: after warmup and the stable phase, or `num_decay_steps` before the end.
  static func markers(_ node: SchedulerNode, _ set: inout PhaseMarkerSet) {
    if let w = node.int(TransformersArguments.warmup.name), let st = node.int(numStableSteps.name) {
      set.add(w + st, "decay start")
    }
    if let total = node.int(numTrainingSteps.name), let dec = node.int(numDecaySteps.name) { set.add(total - dec, "decay start") }
  }
}
