/// `timm.scheduler.CosineLRScheduler`: cosine decay from the base learning rate to `lr_min` over
/// `t_initial`, with restarts (`cycle_mul`, `cycle_decay`, `cycle_limit`), k-decay, warmup and
/// noise.
///
/// In cycle `i` the value is `lr_min + 0.5 * (lr_max - lr_min) * (1 + cos(pi * t_curr**k / t_i**k))`
/// with `lr_max = base * cycle_decay**i`; from cycle `cycle_limit` on it is `lr_min`.
public final class CosineLRScheduler: TimmScheduler {
  let cycles: TimmCycles
  let kDecay: PyNumber
  var warmup = TimmWarmup(t: 0, lrInit: 0, prefix: false, targets: [])

  init(
    optimizer: Optimizer, run: RunShape, cycles: TimmCycles, warmup: (t: PyNumber, lrInit: Double, prefix: Bool),
    kDecay: PyNumber, tInEpochs: Bool, noise: TimmNoise, initialize: Bool, stepAtStart: Bool = true, path: String
  ) throws(SpecError) {
    self.cycles = cycles
    self.kDecay = kDecay
    let lrMin = cycles.lrMin
    try super.init(optimizer: optimizer, path: path, run: run, tInEpochs: tInEpochs, noise: noise, initialize: initialize, stepAtStart: stepAtStart)
    guard lrMin >= 0 else { throw SpecError(path + "." + TimmCycles.lrMin.name, "AssertionError: assert lr_min >= 0 (got \(DoubleFormat.shortest(lrMin)))") }
    self.warmup = TimmWarmup(t: warmup.t, lrInit: warmup.lrInit, prefix: warmup.prefix, targets: baseValues)
    if warmup.t.double != 0 { updateGroups(warmup.lrInit) }
    try start()
  }

  public override func lr(at t: Int, into values: GroupValues) throws(SpecError) {
    try lr(at: PyNumber(int: t), into: values)
  }

  /// `_get_lr(t)` for an `int` or a `float` `t`.
  func lr(at t: PyNumber, into values: GroupValues) throws(SpecError) {
    if warmup.write(at: t, into: values) { return }
    let cycle = try cycles.cycle(at: warmup.shifted(t), path: path)
    let gamma = try cycles.gamma(cycle.i, path: path)
    let lrMin = cycles.lrMin
    guard cycles.isRunning(cycle.i) else { return values.fill(lrMin) }
    let c = 1 + PyMath.cos(try cycle.cosineArgument(k: kDecay, path: path))
    for (g, base) in baseValues.enumerated() { values[g] = lrMin + 0.5 * (base * gamma - lrMin) * c }
  }
}

extension CosineLRScheduler {
  static let kDecay = Param<PyNumber>(
    "k_decay", default: PyNumber(float: 1), help: "k-decay: the cosine runs on t**k / t_i**k.")

  static let descriptor = SchedulerDescriptor(
    name: "CosineLRScheduler", library: .timm, aliases: ["timm-cosine"], configNames: ["cosine"],
    summary: "Cosine decay from each group's lr to lr_min over t_initial, with warmup, restarts (cycle_mul, cycle_decay, cycle_limit), k-decay and noise.",
    details: "timm's default schedule (--sched cosine), stepped once per epoch (t_in_epochs=True; interval \"epoch\") or, with t_in_epochs=False, once per optimizer update (interval \"step\"). Row e is what timm sets for epoch e. With cycle_limit > 1 the cosine restarts, each cycle cycle_mul times longer and its peak cycle_decay times lower; after the last cycle the rate stays at lr_min. warmup_prefix=False (the default) runs the warmup over the cosine's start; True starts the cosine after it. Noise is drawn exactly as timm draws it (PyTorch's CPU generator, seeded noise_seed + t).",
    parameters: TimmCycles.parameters(floor: "The learning rate at the bottom of each cycle.") + TimmWarmup.numberParameters(prefixDefault: false) + [
      TimmScheduler.tInEpochsParameter,
    ] + TimmNoise.parameters + [kDecay, TimmScheduler.initializeParameter, TimmScheduler.stepAtStartParameter],
    warmup: .timmWarmupT, export: .constructor()
  ) { args, ctx throws(SpecError) in
    let cycles = try TimmCycles.read(args)
    let warmup = try TimmWarmup.readNumber(args, prefixDefault: false)
    let common = try TimmScheduler.common(args)
    let k = try args[kDecay]
    return try CosineLRScheduler(
      optimizer: ctx.optimizer, run: ctx.run, cycles: cycles, warmup: warmup, kDecay: k, tInEpochs: common.tInEpochs,
      noise: common.noise, initialize: common.initialize, stepAtStart: common.stepAtStart, path: args.path)
  }
}
