import PyExpression

/// `torch.optim.lr_scheduler.CyclicLR`: the learning rate cycles between `base_lr` and `max_lr`
/// (up over `step_size_up` steps, down over `step_size_down`), the amplitude scaled by the
/// mode's function of the cycle or of the step; momentum cycles the opposite way.
///
/// As in PyTorch, construction writes `base_lr` into the groups (and `max_momentum` into SGD's
/// momentum or Adam's beta1), the initial step computes from the groups' `initial_lr`, and only
/// then are `base_lrs` replaced by `base_lr`.
public final class CyclicLR: TorchScheduler {
  /// A scale function of the cycle number or the step count (a Python `int`, given as its value).
  public typealias ScaleFunction = @Sendable (Double) throws(SpecError) -> Double

  public let maxLRs: [Double]
  public let totalSize: Double
  public let stepRatio: Double
  public let mode: String
  public let gamma: Double
  /// Whether the scale function takes the cycle number (`cycle`) or the step count (`iterations`).
  public let scalesByCycle: Bool
  let scaleFunction: ScaleFunction
  public let cycleMomentum: Bool
  public let baseMomentums: [Double]
  public let maxMomentums: [Double]

  /// `scaleFunction` replaces the mode's own (PyTorch's `scale_fn`); without one, `mode` must be
  /// `triangular`, `triangular2` or `exp_range`, which also fixes the scale mode.
  public init(
    optimizer: Optimizer, baseLRs: [Double], maxLRs: [Double], stepSizeUp: Double = 2000, stepSizeDown: Double? = nil,
    mode: String = "triangular", gamma: Double = 1.0, scaleFunction: ScaleFunction? = nil, scaleMode: String = "cycle",
    cycleMomentum: Bool = true, baseMomentums: [Double]? = nil, maxMomentums: [Double]? = nil, path: String = "scheduler"
  ) throws(SpecError) {
    let groups = optimizer.groupCount
    guard baseLRs.count == groups else { throw Self.lengthError(Self.baseLR.name, baseLRs.count, groups, path) }
    for i in optimizer.groupIndices { optimizer.lrs[i] = baseLRs[i] }
    guard maxLRs.count == groups else { throw Self.lengthError(Self.maxLR.name, maxLRs.count, groups, path) }
    self.maxLRs = maxLRs
    let down = stepSizeDown ?? stepSizeUp
    totalSize = stepSizeUp + down
    guard let ratio = PyMath.div(stepSizeUp, totalSize) else {
      throw SpecError(path + "." + Self.stepSizeUp.name, "ZeroDivisionError: float division by zero (step_size_up + step_size_down is 0)")
    }
    stepRatio = ratio
    self.mode = mode
    self.gamma = gamma
    if let scaleFunction {
      self.scaleFunction = scaleFunction
      scalesByCycle = scaleMode == "cycle"
    } else {
      switch mode {
      case "triangular":
        self.scaleFunction = { (_: Double) throws(SpecError) -> Double in 1.0 }
        scalesByCycle = true
      case "triangular2":
        self.scaleFunction = { (x: Double) throws(SpecError) -> Double in
          guard let p = PyMath.power(2.0, x - 1) else {
            throw SpecError(path, "OverflowError: (34, 'Numerical result out of range') in 2.0 ** (cycle - 1)")
          }
          guard let s = PyMath.div(1, p) else { throw SpecError(path, "ZeroDivisionError: float division by zero") }
          return s
        }
        scalesByCycle = true
      case "exp_range":
        self.scaleFunction = { (x: Double) throws(SpecError) -> Double in
          guard let p = PyMath.power(gamma, x) else {
            throw SpecError(path + "." + Self.gamma.name, "\(DoubleFormat.shortest(gamma)) ** \(DoubleFormat.compact(x)) is not a real number Python can compute")
          }
          return p
        }
        scalesByCycle = false
      default:
        throw SpecError(path + "." + Self.mode.name, "mode is invalid and scale_fn is None")
      }
    }
    self.cycleMomentum = cycleMomentum
    if cycleMomentum {
      let base = baseMomentums ?? Array(repeating: 0.8, count: groups)
      guard base.count == groups else { throw Self.lengthError(Self.baseMomentum.name, base.count, groups, path) }
      let max = maxMomentums ?? Array(repeating: 0.9, count: groups)
      guard max.count == groups else { throw Self.lengthError(Self.maxMomentum.name, max.count, groups, path) }
      self.baseMomentums = base
      self.maxMomentums = max
      for i in optimizer.groupIndices {
        optimizer[group: i].momentumOrBeta1 = max[i]
        optimizer[group: i].extra["max_momentum"] = max[i]
        optimizer[group: i].extra["base_momentum"] = base[i]
      }
    } else {
      self.baseMomentums = []
      self.maxMomentums = []
    }
    try super.init(optimizer: optimizer, path: path)
    for i in optimizer.groupIndices { self.baseLRs[i] = baseLRs[i] }
  }

  private static func lengthError(_ key: String, _ count: Int, _ groups: Int, _ path: String) -> SpecError {
    SpecError(
      path + "." + key,
      "\(key) must have the same length as optimizer.param_groups. \(key) has \(count) values, param_groups has \(groups).")
  }

  public override var cyclesMomentum: Bool { cycleMomentum }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    let q = try div(Double(lastEpoch), totalSize)
    let cycle = PyMath.floor(1 + q)
    guard cycle.isFinite else { throw SpecError(path, "OverflowError: cannot convert float infinity to integer") }
    let x = 1.0 + q - cycle
    let scaleFactor: Double
    if x <= stepRatio {
      scaleFactor = try div(x, stepRatio)
    } else {
      scaleFactor = try div(x - 1, stepRatio - 1)
    }
    let scale = try scaleFunction(scalesByCycle ? cycle : Double(lastEpoch))
    for g in values.indices {
      let baseHeight = (maxLRs[g] - baseLRs[g]) * scaleFactor
      values[g] = baseLRs[g] + baseHeight * scale
    }
    if cycleMomentum {
      for (i, (baseMomentum, maxMomentum)) in zip(baseMomentums, maxMomentums).enumerated() {
        let baseHeight = (maxMomentum - baseMomentum) * scaleFactor
        optimizer.momenta[i] = maxMomentum - baseHeight * scale
      }
    }
  }

  /// A `scale_fn` given as a Python expression in `x` (or a lambda), evaluated by the safe
  /// evaluator at the cycle number or step count, an `int`.
  static func scaleFunction(expression source: String, path: String) throws(SpecError) -> ScaleFunction {
    let expression: LambdaExpression
    do {
      expression = try LambdaExpression(source, defaultVariable: "x")
    } catch {
      throw SpecError(path, "invalid expression: \(error)")
    }
    return { (x: Double) throws(SpecError) -> Double in
      guard let n = Int(exactly: x) else {
        throw SpecError(path, "\(expression.variable)=\(DoubleFormat.compact(x)) is beyond the evaluator's 64-bit integers")
      }
      do {
        return try expression.evaluate(n).floatValue()
      } catch {
        throw SpecError(path, "evaluating \(expression.variable)=\(n): \(error)")
      }
    }
  }
}

extension CyclicLR {
  static let baseLR = ParameterInfo(
    "base_lr", nil, "Lower bound of the cycle, or a list with one per parameter group.", runDefault: .learningRate(dividedBy: 10))
  static let maxLR = ParameterInfo(
    "max_lr", nil, "Upper bound of the cycle, or a list with one per parameter group.", runDefault: .learningRate())
  static let stepSizeUp = Param<Double>(
    "step_size_up", intDefault: 2000, help: "Steps in the increasing half of a cycle.", runDefault: .steps(denominator: 4))
  static let stepSizeDown = Param<Double?>("step_size_down", help: "Steps in the decreasing half (None: step_size_up).")
  static let mode = Param<String>(
    "mode", default: "triangular",
    help: "'triangular', 'triangular2' (amplitude halves each cycle) or 'exp_range' (gamma ** step).")
  static let gamma = Param<Double>("gamma", default: 1.0, help: "Base of exp_range's scale, gamma ** step.")
  static let scaleFn = Param<ScaleFunction?>(
    "scale_fn", defaultText: "None", help: "A Python expression in `x` for the amplitude's scale; overrides mode."
  ) { args, key throws(SpecError) in
    guard let v = args.value(key) else { return nil }
    let p = args.path(key)
    switch v {
    case .string(let s): return try scaleFunction(expression: s, path: p)
    case .number(let n): return try scaleFunction(expression: n.literal, path: p)
    default: throw SpecError(p, "must be an expression string in x, got \(v.typeName)")
    }
  }
  static let scaleMode = Param<String>(
    "scale_mode", default: "cycle", help: "Whether scale_fn takes the cycle number ('cycle') or the step ('iterations').")
  static let cycleMomentum = Param<Bool>(
    "cycle_momentum", default: true, help: "Whether momentum (or Adam's beta1) cycles between max_momentum and base_momentum.")
  static let baseMomentum = ParameterInfo("base_momentum", "0.8", "Lower momentum bound, or a list with one per parameter group.")
  static let maxMomentum = ParameterInfo("max_momentum", "0.9", "Upper momentum bound, or a list with one per parameter group.")

  static let descriptor = SchedulerDescriptor(
    name: "CyclicLR", library: .torch, aliases: ["cyclic", "clr"],
    summary: "Cycles the learning rate between base_lr and max_lr (triangular, triangular2 or exp_range), and momentum inversely.",
    details: "Cyclical learning rates (Smith 2017). Stepped once a batch: step_size_up is in batches (2-8 epochs' worth is typical). base_lr replaces the optimizer's lr. With cycle_momentum (default) it also drives SGD's momentum or Adam's beta1.",
    parameters: [
      baseLR, maxLR, stepSizeUp, stepSizeDown, mode, gamma, scaleFn, scaleMode, cycleMomentum, baseMomentum, maxMomentum,
    ],
    traits: [.closedForm, .perBatch],
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    let groups = ctx.optimizer.groupCount
    let baseLRs = try args.perGroup(baseLR.name, groups: groups)
    let maxLRs = try args.perGroup(maxLR.name, groups: groups)
    let up = try args[stepSizeUp]
    let down = try args[stepSizeDown]
    let modeName = try args[mode]
    let gammaValue = try args[gamma]
    let scale = try args[scaleFn]
    let scaleModeName = try args[scaleMode]
    let cyclesMomentum = try args[cycleMomentum]
    var baseMomentums: [Double]?
    var maxMomentums: [Double]?
    if cyclesMomentum {
      baseMomentums = try args.perGroup(baseMomentum.name, groups: groups, default: 0.8)
      maxMomentums = try args.perGroup(maxMomentum.name, groups: groups, default: 0.9)
    } else {
      _ = args.value(baseMomentum.name)
      _ = args.value(maxMomentum.name)
    }
    return try CyclicLR(
      optimizer: ctx.optimizer, baseLRs: baseLRs, maxLRs: maxLRs, stepSizeUp: up, stepSizeDown: down, mode: modeName,
      gamma: gammaValue, scaleFunction: scale, scaleMode: scaleModeName, cycleMomentum: cyclesMomentum,
      baseMomentums: baseMomentums, maxMomentums: maxMomentums, path: args.path)
  }
}
