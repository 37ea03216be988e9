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
    tInEpochs: Bool, noise: TimmNoise, initialize: Bool, path: String
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
    try super.init(optimizer: optimizer, path: path, run: run, tInEpochs: tInEpochs, noise: noise, initialize: initialize)
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

  public override func lr(at t: Int) throws(SpecError) -> [Double] {
    if let w = warmup.values(at: t) { return w }
    let ts = t - warmup.t
    let s = try stableFactor(ts)
    let stableLRs = baseValues.map { PyChecked.max($0 * s, lrMin) }
    let tDecay = ts - (tInitial - decayT)
    if tDecay <= 0 { return stableLRs }
    let fraction = Double(tDecay) / Double(decayT)
    let d = try decayFactor(1.0 < fraction ? 1.0 : fraction)
    return stableLRs.map { lrMin + ($0 - lrMin) * d }
  }
}

extension WSDLRScheduler {
  static let descriptor = SchedulerDescriptor(
    name: "WSDLRScheduler", library: .timm, aliases: ["timm-wsd"], configNames: ["wsd", "rsqrt"],
    summary: "Warmup-stable-decay: a linear warmup, a stable phase (constant, rsqrt or power), then a decay to lr_min over the last decay_t steps of t_initial.",
    details: "timm's --sched wsd, for runs whose length may change; the schedule lasts warmup_t + t_initial, then holds lr_min. Stepped once per epoch (t_in_epochs=True; interval \"epoch\") or, better for a short decay, once per optimizer update (t_in_epochs=False; interval \"step\"). Row e is what timm sets for epoch e. decay_fn is \"1-sqrt\" (default), \"linear\", \"cosine\", \"power\" (1 - frac ** decay_power) or \"exp\" (towards decay_ratio, normalized to reach lr_min); a callable is not available in a spec. Noise is drawn exactly as timm draws it.",
    parameters: [
      ParameterInfo("t_initial", nil, "The length of the stable and decay phases together.", runDefault: .steps()),
      ParameterInfo("decay_t", nil, "The length of the decay: the last decay_t steps of t_initial."),
      ParameterInfo("lr_min", "0.0", "The learning rate at the end of the decay."),
      ParameterInfo("stable_fn", "'constant'", "The stable phase: 'constant', 'rsqrt' ((1 + t_s/timescale) ** -0.5) or 'power' (** -stable_power)."),
      ParameterInfo("stable_timescale", "None", "The timescale of 'rsqrt' and 'power'; None means warmup_t."),
      ParameterInfo("stable_power", "0.5", "The exponent of the 'power' stable phase."),
      ParameterInfo("decay_fn", "'1-sqrt'", "The decay: 'linear', '1-sqrt', 'cosine', 'power' or 'exp'."),
      ParameterInfo("decay_power", "0.5", "The exponent of the 'power' decay."),
      ParameterInfo("decay_ratio", "0.1", "The 'exp' decay's final fraction before normalization, in (0, 1)."),
      ParameterInfo("warmup_t", "0", "Steps of linear warmup from warmup_lr_init, before t_initial.", marker: "warmup end"),
      ParameterInfo("warmup_lr_init", "0.0", "The learning rate the warmup starts at."),
      TimmScheduler.tInEpochsParameter,
    ] + TimmNoise.parameters + [TimmScheduler.initializeParameter],
    warmup: .timmWarmupT, export: .constructor()
  ) { args, ctx throws(SpecError) in
    let tInitial = try args.int("t_initial")
    let decayT = try args.int("decay_t")
    let lrMin = try args.double("lr_min", default: 0)
    let stableName = try args.string("stable_fn", default: "constant")
    let timescaleGiven = try args.optionalDouble("stable_timescale")
    let stablePower = try args.double("stable_power", default: 0.5)
    let decayName = try args.string("decay_fn", default: "1-sqrt")
    let decayPower = try args.double("decay_power", default: 0.5)
    let decayRatio = try args.double("decay_ratio", default: 0.1)
    let warmup = try TimmWarmup.read(args, prefixDefault: nil)
    let common = try TimmScheduler.common(args)
    guard tInitial > 0 else { throw SpecError(args.path("t_initial"), "Invalid t_initial (\(tInitial)), must be > 0.") }
    guard tInitial <= TimmScheduler.timeLimit else { throw SpecError(args.path("t_initial"), "must be at most 2**52, got \(tInitial)") }
    guard 0 < decayT && decayT <= tInitial else {
      throw SpecError(args.path("decay_t"), "Invalid decay_t (\(decayT)), must be in (0, t_initial] w/ t_initial=\(tInitial).")
    }
    guard lrMin >= 0 else { throw SpecError(args.path("lr_min"), "Invalid lr_min (\(DoubleFormat.shortest(lrMin))), must be >= 0.") }
    guard let stable = Stable(rawValue: stableName) else {
      throw SpecError(args.path("stable_fn"), "Invalid stable_fn (\(stableName)), must be one of ('constant', 'rsqrt', 'power').")
    }
    guard let decay = Decay(rawValue: decayName) else {
      throw SpecError(
        args.path("decay_fn"), "Invalid decay_fn (\(decayName)), must be one of ('linear', '1-sqrt', 'cosine', 'power', 'exp') or a callable.")
    }
    guard 0 < decayRatio && decayRatio < 1 else {
      throw SpecError(args.path("decay_ratio"), "Invalid decay_ratio (\(DoubleFormat.shortest(decayRatio))), must be in (0, 1).")
    }
    guard decayPower > 0 else { throw SpecError(args.path("decay_power"), "Invalid decay_power (\(DoubleFormat.shortest(decayPower))), must be > 0.") }
    guard stablePower > 0 else { throw SpecError(args.path("stable_power"), "Invalid stable_power (\(DoubleFormat.shortest(stablePower))), must be > 0.") }
    var timescale = timescaleGiven ?? 0
    if stable != .constant {
      timescale = timescaleGiven ?? Double(warmup.t)
      guard timescale > 0 else {
        throw SpecError(
          args.path("stable_timescale"),
          "stable_fn=\(stableName) requires a positive stable_timescale, it defaults to warmup_t (\(warmup.t)), set it explicitly when there is no warmup.")
      }
    }
    return try WSDLRScheduler(
      optimizer: ctx.optimizer, run: ctx.run, tInitial: tInitial, decayT: decayT, lrMin: lrMin, stable: stable,
      stableTimescale: timescale, stablePower: stablePower, decay: decay, decayPower: decayPower, decayRatio: decayRatio,
      warmup: warmup, tInEpochs: common.tInEpochs, noise: common.noise, initialize: common.initialize, path: args.path)
  }
}
