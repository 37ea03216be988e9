/// `timm.scheduler.MultiStepLRScheduler`: the base learning rate times
/// `decay_rate ** bisect_right(decay_t, t + 1)`, with warmup and noise.
///
/// timm compares the milestones with `t + 1`, so milestone `m` applies from `t = m - 1` on, one
/// step earlier than PyTorch's MultiStepLR.
public final class MultiStepLRScheduler: TimmScheduler {
  let decayT: [Int]
  let decayRate: PyNumber
  /// `decay_t` as floats, for a float `t` (a float `warmup_t` with `warmup_prefix`).
  let decayTFloats: [Double]
  var warmup = TimmWarmup(t: 0, lrInit: 0, prefix: true, targets: [])

  init(
    optimizer: Optimizer, run: RunShape, decayT: [Int], decayRate: PyNumber, warmup: (t: PyNumber, lrInit: Double, prefix: Bool),
    tInEpochs: Bool, noise: TimmNoise, initialize: Bool, stepAtStart: Bool = true, path: String
  ) throws(SpecError) {
    self.decayT = decayT
    self.decayRate = decayRate
    decayTFloats = decayT.map(Double.init)
    try super.init(optimizer: optimizer, path: path, run: run, tInEpochs: tInEpochs, noise: noise, initialize: initialize, stepAtStart: stepAtStart)
    self.warmup = TimmWarmup(t: warmup.t, lrInit: warmup.lrInit, prefix: warmup.prefix, targets: baseValues)
    if warmup.t.double != 0 { updateGroups(warmup.lrInit) }
    try start()
  }

  public override func lr(at t: Int, into values: GroupValues) throws(SpecError) {
    if warmup.write(at: t, into: values) { return }
    let shifted = warmup.shifted(PyNumber(int: t))
    let n =
      if let s = shifted.int { PyMath.bisectRight(decayT, s + 1) } else { PyMath.bisectRight(decayTFloats, shifted.double + 1) }
    let f = try PyNumber.pow(decayRate, PyNumber(int: n), at: path).double
    for (g, base) in baseValues.enumerated() { values[g] = base * f }
  }
}

extension MultiStepLRScheduler {
  static let decayT = Param<[Int]>(
    "decay_t", defaultText: nil, help: "The milestones (a sorted list).", marker: "milestone"
  ) { args, key throws(SpecError) in
    let decayT = try args.intList(key)
    for (i, m) in decayT.enumerated() where m.magnitude > UInt(TimmScheduler.timeLimit) {
      throw SpecError("\(args.path(key))[\(i)]", "must be at most 2**52 in magnitude, got \(m)")
    }
    return decayT
  }
  static let decayRate = Param<PyNumber>(
    "decay_rate", default: PyNumber(float: 1), help: "The factor applied at each milestone.")

  static let descriptor = SchedulerDescriptor(
    name: "MultiStepLRScheduler", library: .timm, aliases: ["timm-multistep"], configNames: ["multistep"],
    summary: "Multiplies each group's lr by decay_rate at each milestone in decay_t (applied one step early, as timm does), after an optional warmup.",
    details: "timm's --sched multistep, stepped once per epoch (t_in_epochs=True; interval \"epoch\") or, with t_in_epochs=False, once per optimizer update (interval \"step\"). Row e is what timm sets for epoch e. timm compares milestones with t + 1, so a milestone of 10 takes effect at t = 9 (PyTorch's MultiStepLR at 10). decay_t should be sorted, as bisect assumes. warmup_prefix defaults to True.",
    parameters: [decayT, decayRate] + TimmWarmup.numberParameters(prefixDefault: true) + [TimmScheduler.tInEpochsParameter]
      + TimmNoise.parameters + [TimmScheduler.initializeParameter, TimmScheduler.stepAtStartParameter],
    warmup: .timmWarmupT, export: .constructor()
  ) { args, ctx throws(SpecError) in
    let milestones = try args[decayT]
    let rate = try args[decayRate]
    let warmup = try TimmWarmup.readNumber(args, prefixDefault: true)
    let common = try TimmScheduler.common(args)
    return try MultiStepLRScheduler(
      optimizer: ctx.optimizer, run: ctx.run, decayT: milestones, decayRate: rate, warmup: warmup,
      tInEpochs: common.tInEpochs, noise: common.noise, initialize: common.initialize, stepAtStart: common.stepAtStart, path: args.path)
  }
}
