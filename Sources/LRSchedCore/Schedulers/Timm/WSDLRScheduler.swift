/// `timm.scheduler.WSDLRScheduler`: warmup, stable, decay. A linear warmup (always a prefix), a
/// stable phase (`constant`, `rsqrt` or `power` in the time since warmup), and a decay to `lr_min`
/// over the last `decay_t` steps of `t_initial` (`linear`, `1-sqrt`, `cosine`, `power`, `exp`),
/// after which `lr_min` is held.
///
/// `lr(t) = lr_min + (max(base * stable(t_s), lr_min) - lr_min) * decay(frac)`.
public final class WSDLRScheduler: TimmScheduler {
  enum Stable: String { case constant, rsqrt, power }
  enum Decay: String { case linear, oneMinusSqrt = "1-sqrt", cosine, power, exp }

  let tInitial: Int
  let decayT: Int
  let lrMin: Double
  let stable: Stable
  let stableTimescale: Double
  let stablePower: Double
  let decay: Decay
  let decayPower: Double
  let decayRatio: Double
  var warmup = TimmWarmup(t: 0, lrInit: 0, prefix: true, targets: [])

  init(
    optimizer: Optimizer, run: RunShape, tInitial: Int, decayT: Int, lrMin: Double, stable: Stable, stableTimescale: Double,
    stablePower: Double, decay: Decay, decayPower: Double, decayRatio: Double, warmup: (t: Int, lrInit: Double, prefix: Bool),
    tInEpochs: Bool, noise: TimmNoise, initialize: Bool, stepAtStart: Bool = true, path: String
  ) throws(SpecError) {
    self.tInitial = tInitial
    self.decayT = decayT
    self.lrMin = lrMin
    self.stable = stable
    self.stableTimescale = stableTimescale
    self.stablePower = stablePower
    self.decay = decay
    self.decayPower = decayPower
    self.decayRatio = decayRatio
    try super.init(optimizer: optimizer, path: path, run: run, tInEpochs: tInEpochs, noise: noise, initialize: initialize, stepAtStart: stepAtStart)
    self.warmup = TimmWarmup(t: warmup.t, lrInit: warmup.lrInit, prefix: true, targets: baseValues)
    if warmup.t != 0 { updateGroups(warmup.lrInit) }
    try start()
  }

  /// `_stable(t_s)`.
  private func stableFactor(_ ts: Int) throws(SpecError) -> Double {
    if stable == .constant { return 1 }
    let power = stable == .rsqrt ? 0.5 : stablePower
    return try PyChecked.pow(1 + (try PyChecked.div(Double(ts), stableTimescale, at: path)), -power, at: path)
  }

  /// `_decay(frac)`.
  private func decayFactor(_ frac: Double) throws(SpecError) -> Double {
    switch decay {
    case .linear: return 1 - frac
    case .oneMinusSqrt: return 1 - (try PyChecked.sqrt(frac, at: path))
    case .cosine: return 0.5 * (1 + PyMath.cos(PyMath.pi * frac))
    case .power: return 1 - (try PyChecked.pow(frac, decayPower, at: path))
    case .exp:
      let r = decayRatio
      return (try PyChecked.pow(r, frac, at: path) - r) / (1 - r)
    }
  }

  public override func lr(at t: Int, into values: GroupValues) throws(SpecError) {
    if warmup.write(at: t, into: values) { return }
    let ts = t - warmup.intT
    let s = try stableFactor(ts)
    for (g, base) in baseValues.enumerated() { values[g] = PyChecked.max(base * s, lrMin) }
    let tDecay = ts - (tInitial - decayT)
    if tDecay <= 0 { return }
    let fraction = Double(tDecay) / Double(decayT)
    let d = try decayFactor(1.0 < fraction ? 1.0 : fraction)
    for g in values.indices { values[g] = lrMin + (values[g] - lrMin) * d }
  }
}

extension WSDLRScheduler {
  static let tInitial = Param<Int>(
    "t_initial", help: "The length of the stable and decay phases together.", runDefault: .steps())
  static let decayT = Param<Int>("decay_t", help: "The length of the decay: the last decay_t steps of t_initial.")
  static let lrMin = Param<Double>("lr_min", default: 0, help: "The learning rate at the end of the decay.")
  static let stableFn = Param<String>(
    "stable_fn", default: "constant",
    help: "The stable phase: 'constant', 'rsqrt' ((1 + t_s/timescale) ** -0.5) or 'power' (** -stable_power).")
  static let stableTimescale = Param<Double?>(
    "stable_timescale", help: "The timescale of 'rsqrt' and 'power'; None means warmup_t.")
  static let stablePower = Param<Double>("stable_power", default: 0.5, help: "The exponent of the 'power' stable phase.")
  static let decayFn = Param<String>(
    "decay_fn", default: "1-sqrt", help: "The decay: 'linear', '1-sqrt', 'cosine', 'power' or 'exp'.")
  static let decayPower = Param<Double>("decay_power", default: 0.5, help: "The exponent of the 'power' decay.")
  static let decayRatio = Param<Double>(
    "decay_ratio", default: 0.1, help: "The 'exp' decay's final fraction before normalization, in (0, 1).")

  static let descriptor = SchedulerDescriptor(
    name: "WSDLRScheduler", library: .timm, aliases: ["timm-wsd"], configNames: ["wsd", "rsqrt"],
    summary: "Warmup-stable-decay: a linear warmup, a stable phase (constant, rsqrt or power), then a decay to lr_min over the last decay_t steps of t_initial.",
    details: "timm's --sched wsd, for runs whose length may change; the schedule lasts warmup_t + t_initial, then holds lr_min. Stepped once per epoch (t_in_epochs=True; interval \"epoch\") or, better for a short decay, once per optimizer update (t_in_epochs=False; interval \"step\"). Row e is what timm sets for epoch e. decay_fn is \"1-sqrt\" (default), \"linear\", \"cosine\", \"power\" (1 - frac ** decay_power) or \"exp\" (towards decay_ratio, normalized to reach lr_min); a callable is not available in a spec. Noise is drawn exactly as timm draws it.",
    parameters: [
      tInitial, decayT, lrMin, stableFn, stableTimescale, stablePower, decayFn, decayPower, decayRatio,
      TimmWarmup.warmupT.documented(as: "Steps of linear warmup from warmup_lr_init, before t_initial."),
      TimmWarmup.warmupLRInit, TimmScheduler.tInEpochsParameter,
    ] + TimmNoise.parameters + [TimmScheduler.initializeParameter, TimmScheduler.stepAtStartParameter],
    warmup: .timmWarmupT, export: .constructor()
  ) { args, ctx throws(SpecError) in
    let initial = try args[tInitial]
    let decaySteps = try args[decayT]
    let floor = try args[lrMin]
    let stableName = try args[stableFn]
    let timescaleGiven = try args[stableTimescale]
    let stableExponent = try args[stablePower]
    let decayName = try args[decayFn]
    let decayExponent = try args[decayPower]
    let ratio = try args[decayRatio]
    let warmup = try TimmWarmup.read(args, prefixDefault: nil)
    let common = try TimmScheduler.common(args)
    guard initial > 0 else { throw SpecError(args.path(tInitial.name), "Invalid t_initial (\(initial)), must be > 0.") }
    guard initial <= TimmScheduler.timeLimit else { throw SpecError(args.path(tInitial.name), "must be at most 2**52, got \(initial)") }
    guard 0 < decaySteps && decaySteps <= initial else {
      throw SpecError(args.path(decayT.name), "Invalid decay_t (\(decaySteps)), must be in (0, t_initial] w/ t_initial=\(initial).")
    }
    guard floor >= 0 else { throw SpecError(args.path(lrMin.name), "Invalid lr_min (\(DoubleFormat.shortest(floor))), must be >= 0.") }
    guard let stable = Stable(rawValue: stableName) else {
      throw SpecError(args.path(stableFn.name), "Invalid stable_fn (\(stableName)), must be one of ('constant', 'rsqrt', 'power').")
    }
    guard let decay = Decay(rawValue: decayName) else {
      throw SpecError(
        args.path(decayFn.name), "Invalid decay_fn (\(decayName)), must be one of ('linear', '1-sqrt', 'cosine', 'power', 'exp') or a callable.")
    }
    guard 0 < ratio && ratio < 1 else {
      throw SpecError(args.path(decayRatio.name), "Invalid decay_ratio (\(DoubleFormat.shortest(ratio))), must be in (0, 1).")
    }
    guard decayExponent > 0 else { throw SpecError(args.path(decayPower.name), "Invalid decay_power (\(DoubleFormat.shortest(decayExponent))), must be > 0.") }
    guard stableExponent > 0 else { throw SpecError(args.path(stablePower.name), "Invalid stable_power (\(DoubleFormat.shortest(stableExponent))), must be > 0.") }
    var timescale = timescaleGiven ?? 0
    if stable != .constant {
      timescale = timescaleGiven ?? Double(warmup.t)
      guard timescale > 0 else {
        throw SpecError(
          args.path(stableTimescale.name),
          "stable_fn=\(stableName) requires a positive stable_timescale, it defaults to warmup_t (\(warmup.t)), set it explicitly when there is no warmup.")
      }
    }
    return try WSDLRScheduler(
      optimizer: ctx.optimizer, run: ctx.run, tInitial: initial, decayT: decaySteps, lrMin: floor, stable: stable,
      stableTimescale: timescale, stablePower: stableExponent, decay: decay, decayPower: decayExponent, decayRatio: ratio,
      warmup: warmup, tInEpochs: common.tInEpochs, noise: common.noise, initialize: common.initialize, stepAtStart: common.stepAtStart, path: args.path)
  }
}
