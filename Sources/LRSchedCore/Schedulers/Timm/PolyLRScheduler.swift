/// `timm.scheduler.PolyLRScheduler`: polynomial decay from the base learning rate to `lr_min` over
/// `t_initial`, with restarts, k-decay, warmup and noise.
///
/// In cycle `i` the value is `lr_min + (lr_max - lr_min) * (1 - t_curr**k / t_i**k) ** power` with
/// `lr_max = base * cycle_decay**i`; from cycle `cycle_limit` on it is `lr_min`.
public final class PolyLRScheduler: TimmScheduler {
  let cycles: TimmCycles
  let power: Double
  let kDecay: PyNumber
  var warmup = TimmWarmup(t: 0, lrInit: 0, prefix: false, targets: [])

  init(
    optimizer: Optimizer, run: RunShape, cycles: TimmCycles, power: Double,
    warmup: (t: PyNumber, lrInit: Double, prefix: Bool), kDecay: PyNumber, tInEpochs: Bool, noise: TimmNoise,
    initialize: Bool, stepAtStart: Bool = true, path: String
  ) throws(SpecError) {
    self.cycles = cycles
    self.power = power
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
    let f = try PyChecked.pow(1 - (try cycle.progress(k: kDecay, path: path)), power, at: path)
    for (g, base) in baseValues.enumerated() { values[g] = lrMin + (base * gamma - lrMin) * f }
  }
}

extension PolyLRScheduler {
  static let power = Param<Double>("power", default: 0.5, help: "The power of the polynomial.")
  static let kDecay = Param<PyNumber>(
    "k_decay", default: PyNumber(float: 1), help: "k-decay: the polynomial runs on t**k / t_i**k.")

  static let descriptor = SchedulerDescriptor(
    name: "PolyLRScheduler", library: .timm, aliases: ["timm-poly"], configNames: ["poly"],
    summary: "Polynomial decay (1 - t/t_initial) ** power from each group's lr to lr_min, with warmup, restarts, k-decay and noise.",
    details: "timm's --sched poly, stepped once per epoch (t_in_epochs=True; interval \"epoch\") or, with t_in_epochs=False, once per optimizer update (interval \"step\"). Row e is what timm sets for epoch e. power=0.5 (the default) is a square-root decay, 1.0 linear. Restarts work as in CosineLRScheduler; noise is drawn exactly as timm draws it.",
    parameters: TimmCycles.parameters(floor: "The learning rate at the end of each cycle.") + [power]
      + TimmWarmup.numberParameters(prefixDefault: false) + [TimmScheduler.tInEpochsParameter] + TimmNoise.parameters
      + [kDecay, TimmScheduler.initializeParameter, TimmScheduler.stepAtStartParameter],
    warmup: .timmWarmupT, export: .constructor()
  ) { args, ctx throws(SpecError) in
    let cycles = try TimmCycles.read(args)
    let exponent = try args[power]
    let warmup = try TimmWarmup.readNumber(args, prefixDefault: false)
    let common = try TimmScheduler.common(args)
    let k = try args[kDecay]
    return try PolyLRScheduler(
      optimizer: ctx.optimizer, run: ctx.run, cycles: cycles, power: exponent, warmup: warmup, kDecay: k,
      tInEpochs: common.tInEpochs,
      noise: common.noise, initialize: common.initialize, stepAtStart: common.stepAtStart, path: args.path)
  }
}
