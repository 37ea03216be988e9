/// `torch.optim.lr_scheduler.CosineAnnealingWarmRestarts` (SGDR): cosine annealing from the
/// initial learning rate to `eta_min` over `T_i` steps, restarting at the initial learning rate
/// each time; the first period is `T_0` and each next one `T_mult` times longer.
///
/// The learning rate is `eta_min + (base_lr - eta_min) * (1 + cos(pi * T_cur / T_i)) / 2`,
/// with PyTorch's operation order.
public final class CosineAnnealingWarmRestarts: TorchScheduler {
  public let t0: Int
  public let tMult: Int
  public let etaMin: Double
  /// `T_i`, the length of the current period.
  @exclusivity(unchecked) public private(set) var tI: Int
  /// `T_i` once it has grown past `Int.max` (one restart with a huge `T_mult`), as the nearest
  /// double; no further restart is reachable then.
  @exclusivity(unchecked) private var tIBeyondInt: Double?
  /// `T_cur`, the steps since the last restart.
  @exclusivity(unchecked) public private(set) var tCur: Int

  /// `t0` must be positive and `tMult` at least 1, as PyTorch requires.
  public init(optimizer: Optimizer, t0: Int, tMult: Int = 1, etaMin: Double = 0.0, path: String = "scheduler") throws(SpecError) {
    guard t0 > 0 else { throw SpecError(path + "." + Self.t0.name, "Expected positive integer \(Self.t0.name), but got \(t0)") }
    guard tMult >= 1 else {
      throw SpecError(path + "." + Self.tMult.name, "Expected integer \(Self.tMult.name) >= 1, but got \(tMult)")
    }
    self.t0 = t0
    self.tMult = tMult
    self.etaMin = etaMin
    self.tI = t0
    self.tCur = -1
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    let period = tIBeyondInt ?? Double(tI)
    let c = PyMath.cos(PyMath.pi * Double(tCur) / period)
    for g in values.indices { values[g] = etaMin + (baseLRs[g] - etaMin) * (1 + c) / 2 }
  }

  /// PyTorch's own `step()`: `T_cur` advances and wraps at `T_i`, which then grows by `T_mult`.
  public override func step(metric: Double?) throws(SpecError) {
    let epoch: Int
    if lastEpoch < 0 {
      epoch = 0
      tI = t0
      tIBeyondInt = nil
      tCur = 0
    } else {
      epoch = lastEpoch + 1
      tCur += 1
      if tIBeyondInt == nil && tCur >= tI {
        tCur %= tI
        let (grown, overflow) = tI.multipliedReportingOverflow(by: tMult)
        if overflow {
          tIBeyondInt = Double(Int128(tI) * Int128(tMult))
        } else {
          tI = grown
        }
      }
    }
    lastEpoch = epoch
    try getLR(into: next)
    optimizer.lrs.assign(next)
    lastLR.assign(next)
  }
}

extension CosineAnnealingWarmRestarts {
  static let t0 = Param<Int>(
    "T_0", defaultText: nil, help: "Number of steps of the first period (a positive integer).",
    runDefault: .steps(denominator: 4)
  ) { args, key throws(SpecError) in
    guard let value = args.value(key) else {
      throw SpecError(args.path(key), "TypeError: CosineAnnealingWarmRestarts.__init__() missing 1 required positional argument: '\(key)'")
    }
    return try TorchArguments.positiveInteger(value, key, of: args)
  }
  static let tMult = Param<Int>(
    "T_mult", defaultText: "1", help: "Factor by which each period is longer than the last (an integer >= 1)."
  ) { args, key throws(SpecError) in
    guard let v = args.value(key) else { return 1 }
    guard let tMult = v.pyNumber else {
      throw SpecError(args.path(key), "TypeError: '<' not supported between instances of '\(v.pyTypeName)' and 'int'")
    }
    guard tMult.double >= 1, tMult.isInt else { throw SpecError(args.path(key), "Expected integer \(key) >= 1, but got \(v.pyStr)") }
    guard let i = tMult.int else { throw SpecError(args.path(key), "integer \(v.pyStr) is too large") }
    return i
  }
  static let etaMin = Param<Double>("eta_min", defaultText: "0.0", help: "Minimum learning rate.") { args, key throws(SpecError) in
    guard let v = args.value(key) else { return 0.0 }
    guard v.pyNumber != nil else {
      throw SpecError(args.path(key), "Expected float or int \(key), but got \(v.pyStr) of type <class '\(v.pyTypeName)'>")
    }
    return try SchedulerArguments.double(v, at: args.path(key))
  }

  static let descriptor = SchedulerDescriptor(
    name: "CosineAnnealingWarmRestarts", library: .torch, aliases: ["sgdr", "warm-restarts", "cosine-restarts"],
    summary: "Cosine annealing to eta_min that restarts every T_i steps, the periods growing by T_mult.",
    details: "SGDR: repeated cosine cycles, e.g. T_0=10, T_mult=2 for cycles of 10, 20, 40 epochs. Usually stepped once an epoch; step it per batch with T_0 in batches.",
    parameters: [t0, tMult, etaMin],
    traits: .closedForm,
    markers: { node, set in set.growing(first: node.int(t0.name) ?? 0, mult: node.int(tMult.name) ?? 1, "restart") },
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    return try CosineAnnealingWarmRestarts(
      optimizer: ctx.optimizer, t0: args[t0], tMult: args[tMult], etaMin: args[etaMin], path: args.path)
  }
}
