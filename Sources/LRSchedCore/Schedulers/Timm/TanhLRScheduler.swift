/// `timm.scheduler.TanhLRScheduler`: a hyperbolic-tangent decay from the base learning rate to
/// `lr_min` over `t_initial`, with restarts, warmup and noise.
///
/// In cycle `i`, with `tr = t_curr / t_i`, the value is
/// `lr_min + 0.5 * (lr_max - lr_min) * (1 - tanh(lb * (1 - tr) + ub * tr))`. Without
/// `warmup_prefix` the warmup climbs towards the schedule's value at `warmup_t`.
public final class TanhLRScheduler: TimmScheduler {
  let cycles: TimmCycles
  let lb: Double
  let ub: Double
  var warmup = TimmWarmup(t: 0, lrInit: 0, prefix: false, targets: [])

  init(
    optimizer: Optimizer, run: RunShape, cycles: TimmCycles, lb: Double, ub: Double,
    warmup: (t: PyNumber, lrInit: Double, prefix: Bool), tInEpochs: Bool, noise: TimmNoise, initialize: Bool, stepAtStart: Bool = true, path: String
  ) throws(SpecError) {
    self.cycles = cycles
    self.lb = lb
    self.ub = ub
    try super.init(optimizer: optimizer, path: path, run: run, tInEpochs: tInEpochs, noise: noise, initialize: initialize, stepAtStart: stepAtStart)
    func check(_ ok: Bool, _ key: String, _ condition: String) throws(SpecError) {
      guard ok else { throw SpecError(path + "." + key, "AssertionError: assert \(condition)") }
    }
    try check(cycles.lrMin >= 0, TimmCycles.lrMin.name, "lr_min >= 0")
    try check(lb < ub, Self.lb.name, "lb < ub")
    try check(cycles.limit.double >= 0, TimmCycles.limit.name, "cycle_limit >= 0")
    try check(warmup.t.double >= 0, TimmWarmup.warmupTNumber.name, "warmup_t >= 0")
    try check(warmup.lrInit >= 0, TimmWarmup.warmupLRInit.name, "warmup_lr_init >= 0")
    self.warmup = TimmWarmup(t: 0, lrInit: warmup.lrInit, prefix: warmup.prefix, targets: baseValues)
    if warmup.t.double != 0 {
      var targets = baseValues
      if !warmup.prefix {
        try lr(at: warmup.t, into: values)
        targets = values.array
      }
      self.warmup = TimmWarmup(t: warmup.t, lrInit: warmup.lrInit, prefix: warmup.prefix, targets: targets)
      updateGroups(warmup.lrInit)
    }
    try start()
  }

  public override func lr(at t: Int, into values: GroupValues) throws(SpecError) {
    try lr(at: PyNumber(int: t), into: values)
  }

  /// `_get_lr(t)` for an `int` or a `float` `t`.
  func lr(at t: PyNumber, into values: GroupValues) throws(SpecError) {
    if warmup.write(at: t, into: values) { return }
    let cycle = try cycles.cycle(at: warmup.shifted(t), path: path)
    let lrMin = cycles.lrMin
    guard cycles.isRunning(cycle.i) else { return values.fill(lrMin) }
    let gamma = try cycles.gamma(cycle.i, path: path)
    let tr = try PyChecked.div(cycle.tCurr.double, cycle.tI.double, at: path)
    let f = 1 - PyMath.tanh(lb * (1.0 - tr) + ub * tr)
    for (g, base) in baseValues.enumerated() { values[g] = lrMin + 0.5 * (base * gamma - lrMin) * f }
  }
}

extension TanhLRScheduler {
  static let lb = Param<Double>("lb", default: -7, help: "The tanh's argument at the start of a cycle.")
  static let ub = Param<Double>("ub", default: 3, help: "The tanh's argument at the end of a cycle (> lb).")

  static let descriptor = SchedulerDescriptor(
    name: "TanhLRScheduler", library: .timm, aliases: ["timm-tanh"], configNames: ["tanh"],
    summary: "Hyperbolic-tangent decay from each group's lr to lr_min over t_initial (tanh from lb to ub), with warmup, restarts and noise.",
    details: "timm's --sched tanh (arXiv 1806.01593), stepped once per epoch (t_in_epochs=True; interval \"epoch\") or, with t_in_epochs=False, once per optimizer update (interval \"step\"). Row e is what timm sets for epoch e; even row 0 is below the lr, as tanh(lb) > -1. Restarts work as in CosineLRScheduler; noise is drawn exactly as timm draws it.",
    parameters: TimmCycles.parameters(floor: "The learning rate the decay approaches.") + [lb, ub]
      + TimmWarmup.numberParameters(prefixDefault: false) + [TimmScheduler.tInEpochsParameter] + TimmNoise.parameters
      + [TimmScheduler.initializeParameter, TimmScheduler.stepAtStartParameter],
    warmup: .timmWarmupT, export: .constructor()
  ) { args, ctx throws(SpecError) in
    let cycles = try TimmCycles.read(args)
    let lower = try args[lb]
    let upper = try args[ub]
    let warmup = try TimmWarmup.readNumber(args, prefixDefault: false)
    let common = try TimmScheduler.common(args)
    return try TanhLRScheduler(
      optimizer: ctx.optimizer, run: ctx.run, cycles: cycles, lb: lower, ub: upper, warmup: warmup, tInEpochs: common.tInEpochs,
      noise: common.noise, initialize: common.initialize, stepAtStart: common.stepAtStart, path: args.path)
  }
}
