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
  public private(set) var tI: Int
  /// `T_i` once it has grown past `Int.max` (one restart with a huge `T_mult`), as the nearest
  /// double; no further restart is reachable then.
  private var tIBeyondInt: Double?
  /// `T_cur`, the steps since the last restart.
  public private(set) var tCur: Int

  /// `t0` must be positive and `tMult` at least 1, as PyTorch requires.
  public init(optimizer: Optimizer, t0: Int, tMult: Int = 1, etaMin: Double = 0.0, path: String = "scheduler") throws(SpecError) {
    guard t0 > 0 else { throw SpecError(path + ".T_0", "Expected positive integer T_0, but got \(t0)") }
    guard tMult >= 1 else { throw SpecError(path + ".T_mult", "Expected integer T_mult >= 1, but got \(tMult)") }
    self.t0 = t0
    self.tMult = tMult
    self.etaMin = etaMin
    self.tI = t0
    self.tCur = -1
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR() throws(SpecError) -> [Double] {
    let period = tIBeyondInt ?? Double(tI)
    let c = PyMath.cos(PyMath.pi * Double(tCur) / period)
    return baseLRs.map { etaMin + ($0 - etaMin) * (1 + c) / 2 }
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
    optimizer.setLearningRates(try getLR())
    lastLR = optimizer.learningRates
  }
}

extension CosineAnnealingWarmRestarts {
  static let descriptor = SchedulerDescriptor(
    name: "CosineAnnealingWarmRestarts", library: .torch, aliases: ["sgdr", "warm-restarts", "cosine-restarts"],
    summary: "Cosine annealing to eta_min that restarts every T_i steps, the periods growing by T_mult.",
    details: "SGDR: repeated cosine cycles, e.g. T_0=10, T_mult=2 for cycles of 10, 20, 40 epochs. Usually stepped once an epoch; step it per batch with T_0 in batches.",
    parameters: [
      ParameterInfo("T_0", nil, "Number of steps of the first period (a positive integer).", runDefault: .steps(denominator: 4)),
      ParameterInfo("T_mult", "1", "Factor by which each period is longer than the last (an integer >= 1)."),
      ParameterInfo("eta_min", "0.0", "Minimum learning rate."),
    ],
    traits: .closedForm,
    markers: { node, set in set.growing(first: node.int("T_0") ?? 0, mult: node.int("T_mult") ?? 1, "restart") },
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    guard let t0Value = args.value("T_0") else {
      throw SpecError(args.path("T_0"), "TypeError: CosineAnnealingWarmRestarts.__init__() missing 1 required positional argument: 'T_0'")
    }
    let t0 = PythonArgument(t0Value)
    guard let t0Number = t0.number else {
      throw SpecError(args.path("T_0"), "TypeError: '<=' not supported between instances of '\(PythonArgument.typeName(t0Value))' and 'int'")
    }
    guard t0Number > 0, t0.isInt else { throw SpecError(args.path("T_0"), "Expected positive integer T_0, but got \(t0.str)") }
    guard let t0Int = t0.int else { throw SpecError(args.path("T_0"), "integer \(t0.str) is too large") }
    var tMultInt = 1
    if let v = args.value("T_mult") {
      let tMult = PythonArgument(v)
      guard let n = tMult.number else {
        throw SpecError(args.path("T_mult"), "TypeError: '<' not supported between instances of '\(PythonArgument.typeName(v))' and 'int'")
      }
      guard n >= 1, tMult.isInt else { throw SpecError(args.path("T_mult"), "Expected integer T_mult >= 1, but got \(tMult.str)") }
      guard let i = tMult.int else { throw SpecError(args.path("T_mult"), "integer \(tMult.str) is too large") }
      tMultInt = i
    }
    var etaMin = 0.0
    if let v = args.value("eta_min") {
      let e = PythonArgument(v)
      guard e.number != nil else {
        throw SpecError(args.path("eta_min"), "Expected float or int eta_min, but got \(e.str) of type \(e.typeDescription)")
      }
      etaMin = try SchedulerArguments.double(v, at: args.path("eta_min"))
    }
    return try CosineAnnealingWarmRestarts(optimizer: ctx.optimizer, t0: t0Int, tMult: tMultInt, etaMin: etaMin, path: args.path)
  }
}
