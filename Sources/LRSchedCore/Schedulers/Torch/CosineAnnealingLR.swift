/// `torch.optim.lr_scheduler.CosineAnnealingLR`: cosine annealing from the initial learning rate
/// to `eta_min` over `T_max` steps, computed with PyTorch's recursive (chainable) formula.
///
/// Past `T_max` the recursion climbs back up, as PyTorch's does (period `2 * T_max`).
public final class CosineAnnealingLR: TorchScheduler {
  public let tMax: PyNumber
  public let etaMin: Double
  /// `T_max` as an `Int` when it is a Python int, and as a float: read once, not every step.
  private let tMaxInt: Int?
  private let tMaxDouble: Double
  @exclusivity(unchecked) private var cosineEpoch = Int.min
  @exclusivity(unchecked) private var cosineValue = 0.0

  public init(optimizer: Optimizer, tMax: PyNumber, etaMin: Double = 0.0, path: String = "scheduler") throws(SpecError) {
    self.tMax = tMax
    self.etaMin = etaMin
    self.tMaxInt = tMax.int
    self.tMaxDouble = tMax.double
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    let pi = PyMath.pi
    let t = tMaxDouble
    if isInitial { return values.assign(groupLRs) }
    if stepCount == 1 && lastEpoch > 0 {
      let c = PyMath.cos(try div(Double(lastEpoch) * pi, t))
      for g in values.indices { values[g] = etaMin + (baseLRs[g] - etaMin) * (1 + c) / 2 }
      return
    }
    let restarts: Bool
    if let size = tMaxInt {
      guard size != 0 else { throw zeroDivision("integer modulo by zero (T_max is 0)") }
      restarts = Self.restartsHere(lastEpoch: lastEpoch, tMax: size)
    } else {
      guard t != 0 else { throw zeroDivision("float modulo (T_max is 0.0)") }
      restarts = PyMath.mod(Double(lastEpoch - 1) - t, 2 * t) == 0
    }
    if restarts {
      let c = PyMath.cos(try div(pi, t))
      for g in values.indices { values[g] = groupLRs[g] + (baseLRs[g] - etaMin) * (1 - c) / 2 }
      return
    }
    let previous = try cosine(at: lastEpoch - 1)
    let ratio = try div(1 + (try cosine(at: lastEpoch)), 1 + previous)
    for g in values.indices { values[g] = ratio * (groupLRs[g] - etaMin) + etaMin }
  }

  /// `math.cos(math.pi * epoch / T_max)`. The recursive step's denominator is the previous
  /// step's numerator, the same operations on the same operands, so the last one is kept and
  /// reused: one `cos` a step instead of two, bit for bit the same.
  private func cosine(at epoch: Int) throws(SpecError) -> Double {
    if epoch == cosineEpoch { return cosineValue }
    let c = PyMath.cos(try div(PyMath.pi * Double(epoch), tMaxDouble))
    cosineEpoch = epoch
    cosineValue = c
    return c
  }

  public override func closedFormLR(into values: GroupValues) throws(SpecError) -> Bool {
    let c = PyMath.cos(try div(PyMath.pi * Double(lastEpoch), tMax.double))
    for g in values.indices { values[g] = etaMin + (baseLRs[g] - etaMin) * (1 + c) / 2 }
    return true
  }
}

extension CosineAnnealingLR {
  static let tMax = Param<PyNumber>(
    "T_max", stepCount: nil, help: "Maximum number of iterations (half a cosine period).", runDefault: .steps(), marker: "T_max")
  static let etaMin = Param<Double>("eta_min", default: 0.0, help: "Minimum learning rate.")

  static let descriptor = SchedulerDescriptor(
    name: "CosineAnnealingLR", library: .torch, aliases: ["cosine", "cos"],
    summary: "Anneals the learning rate along a half cosine to eta_min over T_max steps.",
    details: "The default modern decay. Set T_max to the run's length: past T_max the learning rate climbs back up.",
    parameters: [tMax, etaMin],
    lint: findings,
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    return try CosineAnnealingLR(optimizer: ctx.optimizer, tMax: args[tMax], etaMin: args[etaMin], path: args.path)
  }
}

extension CosineAnnealingLR {
  /// LR003: a half period shorter than the rows it drives, so the rate climbs back up.
  static func findings(_ node: SchedulerNode, _ context: LintContext) -> [LintFinding] {
    let span = node.span
    guard let tMax = node.int(Self.tMax.name), tMax > 0, tMax < span - 1 else { return [] }
    return [
      LintFinding(
        .cosineShorterThanRun,
        "CosineAnnealingLR's T_max (\(tMax)) is shorter than \(context.runText(node)): the learning rate reaches eta_min at step \(node.start + tMax) and then climbs back up (PyTorch's cosine has period 2 × T_max).",
        fix: "set T_max to \(span), or use CosineAnnealingWarmRestarts if restarts are intended.",
        path: "\(node.path).\(Self.tMax.name)")
    ]
  }
}

extension CosineAnnealingLR {
  /// `(last_epoch - 1 - T_max) % (2 * T_max) == 0` with Python's floored `%`, exact for every
  /// `Int` (in `Int` arithmetic when the operands are small, else in `Int128`). `tMax` is not 0.
  static func restartsHere(lastEpoch: Int, tMax: Int) -> Bool {
    let small = 1 << 60
    if lastEpoch.magnitude < small && tMax.magnitude < small {
      return (lastEpoch - 1 - tMax) % (2 * tMax) == 0
    }
    return (Int128(lastEpoch) - 1 - Int128(tMax)) % (2 * Int128(tMax)) == 0
  }
}
