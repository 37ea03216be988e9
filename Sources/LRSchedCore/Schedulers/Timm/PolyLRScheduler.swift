/// `timm.scheduler.PolyLRScheduler`: polynomial decay from the base learning rate to `lr_min` over
/// `t_initial`, with restarts, k-decay, warmup and noise.
///
/// In cycle `i` the value is `lr_min + (lr_max - lr_min) * (1 - t_curr**k / t_i**k) ** power` with
/// `lr_max = base * cycle_decay**i`; from cycle `cycle_limit` on it is `lr_min`.
public final class PolyLRScheduler: TimmScheduler {
  let tInitial: Int
  let power: Double
  let lrMin: Double
  let cycleMul: PyNumber
  let cycleDecay: PyNumber
  let cycleLimit: Int
  let kDecay: PyNumber
  var warmup = TimmWarmup(t: 0, lrInit: 0, prefix: false, targets: [])

  init(
    optimizer: Optimizer, run: RunShape, tInitial: Int, power: Double, lrMin: Double, cycleMul: PyNumber,
    cycleDecay: PyNumber, cycleLimit: Int, warmup: (t: Int, lrInit: Double, prefix: Bool), kDecay: PyNumber,
    tInEpochs: Bool, noise: TimmNoise, initialize: Bool, path: String
  ) throws(SpecError) {
    self.tInitial = tInitial
    self.power = power
    self.lrMin = lrMin
    self.cycleMul = cycleMul
    self.cycleDecay = cycleDecay
    self.cycleLimit = cycleLimit
    self.kDecay = kDecay
    try super.init(optimizer: optimizer, path: path, run: run, tInEpochs: tInEpochs, noise: noise, initialize: initialize)
    guard lrMin >= 0 else { throw SpecError(path + ".lr_min", "AssertionError: assert lr_min >= 0 (got \(DoubleFormat.shortest(lrMin)))") }
    self.warmup = TimmWarmup(t: warmup.t, lrInit: warmup.lrInit, prefix: warmup.prefix, targets: baseValues)
    if warmup.t != 0 { updateGroups(warmup.lrInit) }
    try start()
  }

  public override func lr(at t: Int) throws(SpecError) -> [Double] {
    if let w = warmup.values(at: t) { return w }
    let cycle = try TimmCycle(t: warmup.shifted(t), tInitial: tInitial, cycleMul: cycleMul, path: path)
    let gamma = try PyNumber.pow(cycleDecay, PyNumber(int: cycle.i), at: path).double
    guard cycle.i < cycleLimit else { return baseValues.map { _ in lrMin } }
    let f = try PyChecked.pow(1 - (try cycle.progress(k: kDecay, path: path)), power, at: path)
    return baseValues.map { lrMin + ($0 * gamma - lrMin) * f }
  }
}

extension PolyLRScheduler {
  static let descriptor = SchedulerDescriptor(
    name: "PolyLRScheduler", library: .timm, aliases: ["timm-poly"],
    summary: "Polynomial decay (1 - t/t_initial) ** power from each group's lr to lr_min, with warmup, restarts, k-decay and noise.",
    details: "timm's --sched poly, stepped once per epoch (t_in_epochs=True; interval \"epoch\") or, with t_in_epochs=False, once per optimizer update (interval \"step\"). Row e is what timm sets for epoch e. power=0.5 (the default) is a square-root decay, 1.0 linear. Restarts work as in CosineLRScheduler; noise is drawn exactly as timm draws it.",
    parameters: [
      ParameterInfo("t_initial", nil, "The length of the first cycle.", runDefault: "the run's length"),
      ParameterInfo("power", "0.5", "The power of the polynomial."),
      ParameterInfo("lr_min", "0.0", "The learning rate at the end of each cycle."),
      ParameterInfo("cycle_mul", "1.0", "Each cycle is this many times longer than the last."),
      ParameterInfo("cycle_decay", "1.0", "Each cycle's peak is this many times the last one's."),
      ParameterInfo("cycle_limit", "1", "The number of cycles; after them the rate stays at lr_min."),
    ] + TimmWarmup.parameters(prefixDefault: false) + [
      TimmScheduler.tInEpochsParameter,
    ] + TimmNoise.parameters + [
      ParameterInfo("k_decay", "1.0", "k-decay: the polynomial runs on t**k / t_i**k."),
      TimmScheduler.initializeParameter,
    ]
  ) { args, ctx throws(SpecError) in
    let tInitial = try TimmScheduler.positive(args, "t_initial")
    let power = try args.double("power", default: 0.5)
    let lrMin = try args.double("lr_min", default: 0)
    let cycleMul = try PyNumber.read(args, "cycle_mul", default: PyNumber(float: 1))
    let cycleDecay = try PyNumber.read(args, "cycle_decay", default: PyNumber(float: 1))
    let cycleLimit = try args.int("cycle_limit", default: 1)
    let warmup = try TimmWarmup.read(args, prefixDefault: false)
    let common = try TimmScheduler.common(args)
    let kDecay = try PyNumber.read(args, "k_decay", default: PyNumber(float: 1))
    return try PolyLRScheduler(
      optimizer: ctx.optimizer, run: ctx.run, tInitial: tInitial, power: power, lrMin: lrMin, cycleMul: cycleMul,
      cycleDecay: cycleDecay, cycleLimit: cycleLimit, warmup: warmup, kDecay: kDecay, tInEpochs: common.tInEpochs,
      noise: common.noise, initialize: common.initialize, path: args.path)
  }
}
