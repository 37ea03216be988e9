/// `timm.scheduler.StepLRScheduler`: the base learning rate times `decay_rate ** (t // decay_t)`,
/// with warmup and noise.
public final class StepLRScheduler: TimmScheduler {
  let decayT: PyNumber
  let decayRate: PyNumber
  var warmup = TimmWarmup(t: 0, lrInit: 0, prefix: true, targets: [])

  init(
    optimizer: Optimizer, run: RunShape, decayT: PyNumber, decayRate: PyNumber, warmup: (t: Int, lrInit: Double, prefix: Bool),
    tInEpochs: Bool, noise: TimmNoise, initialize: Bool, path: String
  ) throws(SpecError) {
    self.decayT = decayT
    self.decayRate = decayRate
    try super.init(optimizer: optimizer, path: path, run: run, tInEpochs: tInEpochs, noise: noise, initialize: initialize)
    self.warmup = TimmWarmup(t: warmup.t, lrInit: warmup.lrInit, prefix: warmup.prefix, targets: baseValues)
    if warmup.t != 0 { updateGroups(warmup.lrInit) }
    try start()
  }

  public override func lr(at t: Int) throws(SpecError) -> [Double] {
    if let w = warmup.values(at: t) { return w }
    let k = try PyNumber.floorDiv(PyNumber(int: warmup.shifted(t)), decayT, at: path + ".decay_t")
    let f = try PyNumber.pow(decayRate, k, at: path).double
    return baseValues.map { $0 * f }
  }
}

extension StepLRScheduler {
  static let descriptor = SchedulerDescriptor(
    name: "StepLRScheduler", library: .timm, aliases: ["timm-step"], configNames: ["step", "constant"],
    summary: "Multiplies each group's lr by decay_rate every decay_t steps, after an optional warmup; with noise.",
    details: "timm's --sched step, stepped once per epoch (t_in_epochs=True; interval \"epoch\") or, with t_in_epochs=False, once per optimizer update (interval \"step\"). Row e is what timm sets for epoch e. warmup_prefix defaults to True here: the staircase starts after the warmup. decay_t may be fractional (t // decay_t is then a float floor division).",
    parameters: [
      ParameterInfo("decay_t", nil, "The period of the decay."),
      ParameterInfo("decay_rate", "1.0", "The factor applied every decay_t steps."),
    ] + TimmWarmup.parameters(prefixDefault: true) + [
      TimmScheduler.tInEpochsParameter,
    ] + TimmNoise.parameters + [TimmScheduler.initializeParameter],
    warmup: .timmWarmupT, export: .constructor()
  ) { args, ctx throws(SpecError) in
    guard let decayValue = args.value("decay_t") else {
      throw SpecError(args.path("decay_t"), "\(args.type) requires 'decay_t', which is missing")
    }
    let decayT = try PyNumber.read(decayValue, at: args.path("decay_t"))
    let decayRate = try PyNumber.read(args, "decay_rate", default: PyNumber(float: 1))
    let warmup = try TimmWarmup.read(args, prefixDefault: true)
    let common = try TimmScheduler.common(args)
    return try StepLRScheduler(
      optimizer: ctx.optimizer, run: ctx.run, decayT: decayT, decayRate: decayRate, warmup: warmup,
      tInEpochs: common.tInEpochs, noise: common.noise, initialize: common.initialize, path: args.path)
  }
}
