/// `timm.scheduler.StepLRScheduler`: the base learning rate times `decay_rate ** (t // decay_t)`,
/// with warmup and noise.
public final class StepLRScheduler: TimmScheduler {
  let decayT: PyNumber
  let decayRate: PyNumber
  /// Where `decay_t` is in the spec, for a division by zero while stepping.
  let decayTPath: String
  var warmup = TimmWarmup(t: 0, lrInit: 0, prefix: true, targets: [])

  init(
    optimizer: Optimizer, run: RunShape, decayT: PyNumber, decayRate: PyNumber, warmup: (t: PyNumber, lrInit: Double, prefix: Bool),
    tInEpochs: Bool, noise: TimmNoise, initialize: Bool, stepAtStart: Bool = true, path: String
  ) throws(SpecError) {
    self.decayT = decayT
    self.decayRate = decayRate
    decayTPath = path + "." + Self.decayT.name
    try super.init(optimizer: optimizer, path: path, run: run, tInEpochs: tInEpochs, noise: noise, initialize: initialize, stepAtStart: stepAtStart)
    self.warmup = TimmWarmup(t: warmup.t, lrInit: warmup.lrInit, prefix: warmup.prefix, targets: baseValues)
    if warmup.t.double != 0 { updateGroups(warmup.lrInit) }
    try start()
  }

  public override func lr(at t: Int, into values: GroupValues) throws(SpecError) {
    if warmup.write(at: t, into: values) { return }
    let shifted = warmup.shifted(PyNumber(int: t))
    let k = try PyNumber.floorDiv(shifted, decayT, at: decayTPath)
    let f = try PyNumber.pow(decayRate, k, at: path).double
    for (g, base) in baseValues.enumerated() { values[g] = base * f }
  }
}

extension StepLRScheduler {
  static let decayT = Param<PyNumber>("decay_t", defaultText: nil, help: "The period of the decay.") {
    args, key throws(SpecError) in
    guard let v = args.value(key) else { throw SpecError(args.path(key), "\(args.type) requires '\(key)', which is missing") }
    return try PyNumber.read(v, at: args.path(key))
  }
  static let decayRate = Param<PyNumber>(
    "decay_rate", default: PyNumber(float: 1), help: "The factor applied every decay_t steps.")

  static let descriptor = SchedulerDescriptor(
    name: "StepLRScheduler", library: .timm, aliases: ["timm-step"], configNames: ["step", "constant"],
    summary: "Multiplies each group's lr by decay_rate every decay_t steps, after an optional warmup; with noise.",
    details: "timm's --sched step, stepped once per epoch (t_in_epochs=True; interval \"epoch\") or, with t_in_epochs=False, once per optimizer update (interval \"step\"). Row e is what timm sets for epoch e. warmup_prefix defaults to True here: the staircase starts after the warmup. decay_t may be fractional (t // decay_t is then a float floor division).",
    parameters: [decayT, decayRate] + TimmWarmup.numberParameters(prefixDefault: true) + [TimmScheduler.tInEpochsParameter]
      + TimmNoise.parameters + [TimmScheduler.initializeParameter, TimmScheduler.stepAtStartParameter],
    warmup: .timmWarmupT, export: .constructor()
  ) { args, ctx throws(SpecError) in
    let period = try args[decayT]
    let rate = try args[decayRate]
    let warmup = try TimmWarmup.readNumber(args, prefixDefault: true)
    let common = try TimmScheduler.common(args)
    return try StepLRScheduler(
      optimizer: ctx.optimizer, run: ctx.run, decayT: period, decayRate: rate, warmup: warmup,
      tInEpochs: common.tInEpochs, noise: common.noise, initialize: common.initialize, stepAtStart: common.stepAtStart, path: args.path)
  }
}
