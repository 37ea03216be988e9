/// `deepspeed.runtime.lr_schedules.OneCycle`: one triangular cycle between `cycle_min_lr` and
/// `cycle_max_lr` (`cycle_first_step_size` steps up, `cycle_second_step_size` down, optionally in
/// stairs), then a decay of `cycle_min_lr` by `1 + decay_lr_rate * (steps past the cycle /
/// decay_step_size)`; momentum (Adam's beta1) moves the opposite way between `cycle_max_mom` and
/// `cycle_min_mom`, then grows by `1 + decay_mom_rate * ...`.
///
/// As in DeepSpeed: the constructor sets every group's lr to `cycle_min_lr` and, when momentum
/// cycles, its betas to `(cycle_min_mom, 0.99)` without stepping; each `step()` writes the value
/// for `batch_iteration = last_batch_iteration + 1` and sets betas to `(momentum, 0.99)` (beta2
/// is 0.99 from construction on, so a step writes only beta1, the optimizer's momentum). An
/// optimizer without betas (SGD) keeps its momentum: DeepSpeed turns `cycle_momentum` off with a
/// warning. Sizes are floats (`float(cycle_first_step_size)`), the float operations in DeepSpeed's
/// order: `x = 1. + batch_iteration / total_size - floor(1 + batch_iteration / total_size)`.
public final class DeepSpeedOneCycle: DeepSpeedScheduler {
  public let totalSize: Double
  public let stepRatio: Double
  public let firstStepSize: Double
  public let secondStepSize: Double
  public let firstStairCount: Int
  public let secondStairCount: Int
  public let decayStepSize: Double
  public let minLRs: [Double]
  public let maxLRs: [Double]
  public let decayLRRate: Double
  public let skipLRDecay: Bool
  /// Whether the argument asked for cycling momentum (the momentum column is recorded).
  public let cycleMomentumRequested: Bool
  /// Whether momentum actually cycles: requested, and the optimizer has betas.
  public let cycleMomentum: Bool
  /// `min_moms`' beta1 for each group (its beta2 is 0.99); empty when momentum does not cycle.
  public let minMoms: [Double]
  /// `max_moms`' beta1 for each group (its beta2 is 0.99); empty when momentum does not cycle.
  public let maxMoms: [Double]
  public let decayMomRate: Double
  public let skipMomDecay: Bool

  init(
    optimizer: Optimizer, cycleMinLRs: [Double], cycleMaxLRs: [Double], decayLRRate: Double, cycleFirstStepSize: Double,
    cycleSecondStepSize: Double?, cycleFirstStairCount: Int, cycleSecondStairCount: Int?, decayStepSize: Double,
    cycleMomentum: Bool, cycleMinMoms: [Double], cycleMaxMoms: [Double], decayMomRate: Double, path: String
  ) throws(SpecError) {
    firstStepSize = cycleFirstStepSize
    secondStepSize = cycleSecondStepSize ?? cycleFirstStepSize
    guard firstStepSize > 0 else {
      throw SpecError(
        path + "." + Self.cycleFirstStepSize.name, "cycle_first_step_size must be positive, got \(PyRepr.float(firstStepSize))")
    }
    guard secondStepSize >= 0 else {
      throw SpecError(
        path + "." + Self.cycleSecondStepSize.name, "cycle_second_step_size must be non-negative, got \(PyRepr.float(secondStepSize))")
    }
    totalSize = firstStepSize + secondStepSize
    guard let ratio = PyMath.div(firstStepSize, totalSize) else {
      throw SpecError(path + "." + Self.cycleFirstStepSize.name, "ZeroDivisionError: float division by zero")
    }
    stepRatio = ratio
    firstStairCount = cycleFirstStairCount
    secondStairCount = cycleSecondStairCount ?? cycleFirstStairCount
    self.decayStepSize = decayStepSize
    let noDecay = decayStepSize == 0

    minLRs = cycleMinLRs
    maxLRs = cycleMaxLRs
    optimizer.lrs.assign(cycleMinLRs)
    self.decayLRRate = decayLRRate
    skipLRDecay = noDecay || decayLRRate == 0

    cycleMomentumRequested = cycleMomentum
    self.cycleMomentum = cycleMomentum && optimizer.kind.usesBetas
    if self.cycleMomentum {
      self.decayMomRate = decayMomRate
      minMoms = cycleMinMoms
      maxMoms = cycleMaxMoms
      for (i, m) in zip(optimizer.groupIndices, minMoms) { optimizer[group: i].betas = (m, 0.99) }
      skipMomDecay = noDecay || decayMomRate == 0
    } else {
      self.decayMomRate = 0
      minMoms = []
      maxMoms = []
      skipMomDecay = noDecay
    }
    super.init(optimizer: optimizer, path: path)
  }

  public override var cyclesMomentum: Bool { cycleMomentumRequested }

  /// `_get_scale_factor()`: where in the cycle `last_batch_iteration + 1` is, from 0 to 1.
  func scaleFactor() throws(SpecError) -> Double {
    let batchIteration = lastBatchIteration + 1
    let cycle = PyMath.floor(1 + Double(batchIteration) / totalSize)
    let x = 1.0 + Double(batchIteration) / totalSize - cycle
    var scale: Double
    let stairCount: Int
    if x <= stepRatio {
      scale = try div(x, stepRatio)
      stairCount = firstStairCount
    } else {
      scale = try div(x - 1, stepRatio - 1)
      stairCount = secondStairCount
    }
    if stairCount > 0 {
      let cycleIteration = PyMath.mod(Double(batchIteration), totalSize)
      let stairPosition: Double
      if cycleIteration <= firstStepSize {
        stairPosition = try div(cycleIteration * Double(stairCount), firstStepSize)
      } else {
        stairPosition = try div((totalSize - cycleIteration) * Double(stairCount), secondStepSize)
      }
      scale = Double(PyMath.floor(stairPosition)) / Double(stairCount)
    }
    return scale
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    if Double(lastBatchIteration) < totalSize {
      let scale = try scaleFactor()
      for (i, (minLR, maxLR)) in zip(minLRs, maxLRs).enumerated() { values[i] = minLR + (maxLR - minLR) * scale }
      return
    }
    if skipLRDecay { return values.assign(minLRs) }
    let decayInterval = try div(Double(lastBatchIteration) - totalSize + 1, decayStepSize)
    let factor = 1 + decayLRRate * decayInterval
    for (i, minLR) in minLRs.enumerated() { values[i] = try div(minLR, factor) }
  }

  /// `get_mom()`: writes each group's beta1 for `last_batch_iteration` into `values` (every pair's
  /// beta2 is 0.99). Throws before writing anything where DeepSpeed raises.
  func momentums(into values: GroupValues) throws(SpecError) {
    if Double(lastBatchIteration) < totalSize {
      let scale = try scaleFactor()
      for (i, (base, top)) in zip(minMoms, maxMoms).enumerated() { values[i] = top - (top - base) * scale }
      return
    }
    if skipMomDecay { return values.assign(maxMoms) }
    let decayInterval = try div(Double(lastBatchIteration) - totalSize + 1, decayStepSize)
    let factor = 1 + decayMomRate * decayInterval
    for (i, top) in maxMoms.enumerated() { values[i] = top * factor }
  }

  public override func step(metric: Double?) throws(SpecError) {
    try super.step(metric: metric)
    if cycleMomentum { try momentums(into: optimizer.momenta) }
  }
}

extension DeepSpeedOneCycle {
  static let cycleMinLR = ParameterInfo(
    "cycle_min_lr", nil, "Learning rate at the start and end of the cycle, or a list with one per group.",
    runDefault: .learningRate(dividedBy: 10))
  static let cycleMaxLR = ParameterInfo(
    "cycle_max_lr", nil, "Learning rate at the cycle's peak, or a list with one per group.", runDefault: .learningRate())
  static let decayLRRate = Param<Double>(
    "decay_lr_rate", default: 0.0, help: "After the cycle, cycle_min_lr is divided by 1 + decay_lr_rate × (steps / decay_step_size).")
  static let cycleFirstStepSize = Param<Double>(
    "cycle_first_step_size", defaultText: "2000", help: "Steps from cycle_min_lr up to cycle_max_lr.",
    runDefault: .steps(denominator: 2), marker: "peak", markerDefault: 2000
  ) { args, key throws(SpecError) in try args.double(key, default: 2000) }
  static let cycleSecondStepSize = Param<Double?>(
    "cycle_second_step_size", help: "Steps back down to cycle_min_lr; None: cycle_first_step_size.")
  static let cycleFirstStairCount = Param<Int>(
    "cycle_first_stair_count", default: 0, help: "Stairs on the way up (0: a continuous ramp).")
  static let cycleSecondStairCount = Param<Int?>(
    "cycle_second_stair_count", help: "Stairs on the way down; None: cycle_first_stair_count.")
  static let decayStepSize = Param<Double>(
    "decay_step_size", defaultText: "0", help: "Steps per unit of post-cycle decay (0: no decay)."
  ) { args, key throws(SpecError) in try args.double(key, default: 0) }
  static let cycleMomentum = Param<Bool>(
    "cycle_momentum", default: true, help: "Whether Adam's beta1 cycles inversely to the learning rate (not SGD's momentum: DeepSpeed turns it off).")
  static let cycleMinMom = ParameterInfo("cycle_min_mom", "0.8", "Momentum (beta1) at the cycle's peak, or a list with one per group.")
  static let cycleMaxMom = ParameterInfo("cycle_max_mom", "0.9", "Momentum (beta1) at the cycle's ends, or a list with one per group.")
  static let decayMomRate = Param<Double>(
    "decay_mom_rate", default: 0.0, help: "After the cycle, cycle_max_mom is multiplied by 1 + decay_mom_rate × (steps / decay_step_size).")

  static let descriptor = SchedulerDescriptor(
    name: "deepspeed.OneCycle", library: .deepspeed, aliases: ["ds-onecycle"], configNames: ["OneCycle"],
    summary: "One triangular cycle from cycle_min_lr up to cycle_max_lr and back, then an optional decay; momentum inversely.",
    details: "DeepSpeed's 1Cycle (Smith 2018), stepped after every optimizer step. The optimizer's lr is replaced by cycle_min_lr. Momentum cycles only for optimizers with betas (Adam, AdamW), whose beta2 becomes 0.99.",
    parameters: [
      cycleMinLR, cycleMaxLR, decayLRRate, cycleFirstStepSize, cycleSecondStepSize, cycleFirstStairCount,
      cycleSecondStairCount, decayStepSize, cycleMomentum, cycleMinMom, cycleMaxMom, decayMomRate,
    ],
    traits: [.perBatch, .absoluteLR], markers: markers, warmup: DeepSpeedArguments.warmup, export: .unsupported
  ) { args, ctx throws(SpecError) in
    for p in [cycleMinLR, cycleMaxLR] where !args.has(p.name) {
      throw SpecError(args.path(p.name), "TypeError: OneCycle.__init__() missing 1 required positional argument: '\(p.name)'")
    }
    try DeepSpeedArguments.requireFreshStart(args)
    let groups = ctx.optimizer.groupCount
    func perGroup(_ p: ParameterInfo, _ fallback: Double?) throws(SpecError) -> [Double] {
      try DeepSpeedArguments.formatParam(
        args, p.name, name: p.name, groups: groups, default: fallback.map { Array(repeating: $0, count: groups) })
    }
    let firstStepSize = try args[cycleFirstStepSize]
    let secondStepSize = try args[cycleSecondStepSize]
    let firstStairCount = try args[cycleFirstStairCount]
    let secondStairCount = try args[cycleSecondStairCount]
    let decaySteps = try args[decayStepSize]
    let minLRs = try perGroup(cycleMinLR, nil)
    let maxLRs = try perGroup(cycleMaxLR, nil)
    let lrDecay = try args[decayLRRate]
    let momentum = try args[cycleMomentum]
    let minMoms = try perGroup(cycleMinMom, 0.8)
    let maxMoms = try perGroup(cycleMaxMom, 0.9)
    return try DeepSpeedOneCycle(
      optimizer: ctx.optimizer, cycleMinLRs: minLRs, cycleMaxLRs: maxLRs, decayLRRate: lrDecay,
      cycleFirstStepSize: firstStepSize, cycleSecondStepSize: secondStepSize, cycleFirstStairCount: firstStairCount,
      cycleSecondStairCount: secondStairCount, decayStepSize: decaySteps, cycleMomentum: momentum, cycleMinMoms: minMoms,
      cycleMaxMoms: maxMoms, decayMomRate: try args[decayMomRate], path: args.path)
  }
}

extension DeepSpeedOneCycle {
  /// The end of the cycle (where the decay starts), besides the peak its first step size marks.
  static func markers(_ node: SchedulerNode, _ set: inout PhaseMarkerSet) {
    let first = node.number(cycleFirstStepSize.name) ?? 2000
    let second = node.number(cycleSecondStepSize.name) ?? first
    let end = first + second
    guard end.isFinite, end > 0, end < 1e15 else { return }
    set.add(Int(end), "cycle end")
  }
}
