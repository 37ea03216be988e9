/// `torch.optim.lr_scheduler.OneCycleLR`: the 1cycle policy over `total_steps` steps — up from
/// `max_lr / div_factor` to `max_lr` over the first `pct_start` of the run, then down to
/// `initial_lr / final_div_factor` (with `three_phase`, back to the initial learning rate first);
/// momentum moves the opposite way between `max_momentum` and `base_momentum`.
///
/// As in PyTorch, construction stores `initial_lr`, `max_lr`, `min_lr` (and the momentum bounds)
/// in each group, and every step reads them back from the group. Stepping past `total_steps`
/// fails with PyTorch's error.
public final class OneCycleLR: TorchScheduler {
  public enum AnnealStrategy: String, Sendable { case cos, linear }

  public let totalSteps: Int
  public let annealStrategy: AnnealStrategy
  public let cycleMomentum: Bool
  /// `_schedule_phases`: where each phase ends and the group keys it anneals between.
  let phases: [(endStep: Double, startLR: String, endLR: String, startMomentum: String, endMomentum: String)]

  /// `pctStart` must be in [0, 1]; the bounds are per group (PyTorch's `_format_param`).
  public init(
    optimizer: Optimizer, maxLRs: [Double], totalSteps: Int, pctStart: Double = 0.3, annealStrategy: AnnealStrategy = .cos,
    cycleMomentum: Bool = true, baseMomentums: [Double]? = nil, maxMomentums: [Double]? = nil, divFactor: Double = 25.0,
    finalDivFactor: Double = 1e4, threePhase: Bool = false, path: String = "scheduler"
  ) throws(SpecError) {
    guard totalSteps > 0 else {
      throw SpecError(path + "." + Self.totalSteps.name, "Expected positive integer \(Self.totalSteps.name), but got \(totalSteps)")
    }
    guard pctStart >= 0 && pctStart <= 1 else {
      throw SpecError(path + "." + Self.pctStart.name, "Expected float between 0 and 1 \(Self.pctStart.name), but got \(DoubleFormat.shortest(pctStart))")
    }
    self.totalSteps = totalSteps
    let total = Double(totalSteps)
    if threePhase {
      phases = [
        (pctStart * total - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
        (2 * pctStart * total - 2, "max_lr", "initial_lr", "base_momentum", "max_momentum"),
        (Double(totalSteps - 1), "initial_lr", "min_lr", "max_momentum", "max_momentum"),
      ]
    } else {
      phases = [
        (pctStart * total - 1, "initial_lr", "max_lr", "max_momentum", "base_momentum"),
        (Double(totalSteps - 1), "max_lr", "min_lr", "base_momentum", "max_momentum"),
      ]
    }
    self.annealStrategy = annealStrategy
    let groups = optimizer.groupCount
    guard maxLRs.count == groups else { throw Self.lengthError(Self.maxLR.name, maxLRs.count, groups, path) }
    for i in optimizer.groupIndices {
      guard let initial = PyMath.div(maxLRs[i], divFactor) else {
        throw SpecError(path + "." + Self.divFactor.name, "ZeroDivisionError: float division by zero")
      }
      optimizer[group: i].initialLR = initial
      optimizer[group: i].extra["max_lr"] = maxLRs[i]
      guard let minLR = PyMath.div(initial, finalDivFactor) else {
        throw SpecError(path + "." + Self.finalDivFactor.name, "ZeroDivisionError: float division by zero")
      }
      optimizer[group: i].extra["min_lr"] = minLR
    }
    self.cycleMomentum = cycleMomentum
    if cycleMomentum {
      let max = maxMomentums ?? Array(repeating: 0.95, count: groups)
      guard max.count == groups else { throw Self.lengthError(Self.maxMomentum.name, max.count, groups, path) }
      let base = baseMomentums ?? Array(repeating: 0.85, count: groups)
      guard base.count == groups else { throw Self.lengthError(Self.baseMomentum.name, base.count, groups, path) }
      for i in optimizer.groupIndices {
        optimizer[group: i].momentumOrBeta1 = max[i]
        optimizer[group: i].extra["max_momentum"] = max[i]
        optimizer[group: i].extra["base_momentum"] = base[i]
      }
    }
    try super.init(optimizer: optimizer, path: path)
  }

  private static func lengthError(_ key: String, _ count: Int, _ groups: Int, _ path: String) -> SpecError {
    SpecError(
      path + "." + key,
      "\(key) must have the same length as optimizer.param_groups. \(key) has \(count) values, param_groups has \(groups).")
  }

  public override var cyclesMomentum: Bool { cycleMomentum }

  /// `group[key]`: `initial_lr` or one of the values this scheduler stored in the group.
  private func groupValue(_ i: Int, _ key: String) throws(SpecError) -> Double {
    guard let v = optimizer.value(key, ofGroup: i) else {
      throw SpecError(path, "KeyError: '\(key)'")
    }
    return v
  }

  private func anneal(_ start: Double, _ end: Double, _ pct: Double) -> Double {
    switch annealStrategy {
    case .cos:
      let cosOut = PyMath.cos(PyMath.pi * pct) + 1
      return end + (start - end) / 2.0 * cosOut
    case .linear:
      return (end - start) * pct + start
    }
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    let stepNum = lastEpoch
    if stepNum > totalSteps {
      throw SpecError(path, "Tried to step \(stepNum) times. The specified number of total steps is \(totalSteps)")
    }
    for g in values.indices {
      var startStep = 0.0
      var computedLR = 0.0
      var computedMomentum = 0.0
      for (i, phase) in phases.enumerated() {
        let endStep = phase.endStep
        if Double(stepNum) <= endStep || i == phases.count - 1 {
          let pct = try div(Double(stepNum) - startStep, endStep - startStep)
          computedLR = anneal(try groupValue(g, phase.startLR), try groupValue(g, phase.endLR), pct)
          if cycleMomentum {
            computedMomentum = anneal(try groupValue(g, phase.startMomentum), try groupValue(g, phase.endMomentum), pct)
          }
          break
        }
        startStep = phase.endStep
      }
      values[g] = computedLR
      if cycleMomentum {
        optimizer.momenta[g] = computedMomentum
      }
    }
  }
}

extension OneCycleLR {
  static let maxLR = ParameterInfo(
    "max_lr", nil, "Peak learning rate, or a list with one per parameter group.", runDefault: .learningRate())
  /// `total_steps`, or the scheduler's own `epochs * steps_per_epoch`, validated as PyTorch does.
  static let totalSteps = Param<Int>(
    "total_steps", defaultText: "None", help: "Steps in the cycle; else epochs * steps_per_epoch.", runDefault: .steps(),
    alternatives: [epochs.name, stepsPerEpoch.name]
  ) { args, key throws(SpecError) in
    let total = args.value(key)
    let epochCount = args.value(epochs.name)
    let perEpoch = args.value(stepsPerEpoch.name)
    if let total { return try TorchArguments.positiveInteger(total, key, of: args) }
    guard let epochCount, let perEpoch else {
      throw SpecError(args.path(key), "You must define either total_steps OR (epochs AND steps_per_epoch)")
    }
    func positive(_ v: JSONValue, _ key: String) throws(SpecError) -> Int {
      guard let a = v.pyNumber, a.isInt, a.double > 0 else {
        throw SpecError(args.path(key), "Expected positive integer \(key), but got \(v.pyStr)")
      }
      guard let i = a.int else { throw SpecError(args.path(key), "integer \(v.pyStr) is too large") }
      return i
    }
    let e = try positive(epochCount, epochs.name)
    let s = try positive(perEpoch, stepsPerEpoch.name)
    let (product, overflow) = e.multipliedReportingOverflow(by: s)
    guard !overflow else { throw SpecError(args.path(stepsPerEpoch.name), "epochs * steps_per_epoch is too large") }
    return product
  }
  static let epochs = ParameterInfo("epochs", "None", "With steps_per_epoch, the cycle's length when total_steps is not given.")
  static let stepsPerEpoch = ParameterInfo(
    "steps_per_epoch", "None", "With epochs, the cycle's length when total_steps is not given.")
  static let pctStart = Param<Double>(
    "pct_start", defaultText: "0.3", help: "Fraction of the cycle spent increasing the learning rate (a float)."
  ) { args, key throws(SpecError) in
    guard let v = args.value(key) else { return 0.3 }
    guard let p = v.pyNumber else {
      throw SpecError(args.path(key), "TypeError: '<' not supported between instances of '\(v.pyTypeName)' and 'int'")
    }
    let n = p.double
    guard n >= 0, n <= 1, !p.isInt else {
      throw SpecError(args.path(key), "Expected float between 0 and 1 \(key), but got \(v.pyStr)")
    }
    return n
  }
  static let annealStrategy = Param<AnnealStrategy>(
    "anneal_strategy", defaultText: "'cos'", help: "'cos' or 'linear' annealing."
  ) { args, key throws(SpecError) in
    guard let v = args.value(key) else { return .cos }
    guard case .string(let s) = v, let a = AnnealStrategy(rawValue: s) else {
      throw SpecError(args.path(key), "\(key) must be one of 'cos' or 'linear', instead got \(v.pyStr)")
    }
    return a
  }
  static let cycleMomentum = Param<Bool>(
    "cycle_momentum", default: true, help: "Whether momentum (or Adam's beta1) cycles inversely to the learning rate.")
  static let baseMomentum = ParameterInfo("base_momentum", "0.85", "Momentum at the learning rate's peak, or a list with one per group.")
  static let maxMomentum = ParameterInfo("max_momentum", "0.95", "Momentum at the start and end, or a list with one per group.")
  static let divFactor = Param<Double>("div_factor", default: 25.0, help: "initial_lr = max_lr / div_factor.")
  static let finalDivFactor = Param<Double>("final_div_factor", default: 1e4, help: "min_lr = initial_lr / final_div_factor.")
  static let threePhase = Param<Bool>(
    "three_phase", default: false, help: "Anneal back to initial_lr symmetrically before the final decay (fast.ai's variant).")

  static let descriptor = SchedulerDescriptor(
    name: "OneCycleLR", library: .torch, aliases: ["onecycle", "1cycle", "one-cycle"],
    summary: "The 1cycle policy: warm up to max_lr, then anneal far below the initial learning rate; momentum inversely.",
    details: "Super-convergence (Smith 2018). Stepped once a batch; give total_steps (or epochs and steps_per_epoch) equal to the run's steps — one short and the last step fails, as in PyTorch. The optimizer's lr is ignored: the start is max_lr / div_factor.",
    parameters: [
      maxLR, totalSteps, epochs, stepsPerEpoch, pctStart, annealStrategy, cycleMomentum, baseMomentum, maxMomentum, divFactor,
      finalDivFactor, threePhase,
    ],
    traits: [.closedForm, .perBatch], markers: markers, lint: findings,
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    let steps = try args[totalSteps]
    let pct = try args[pctStart]
    let strategy = try args[annealStrategy]
    let groups = ctx.optimizer.groupCount
    let maxLRs = try args.perGroup(maxLR.name, groups: groups)
    let initialDivisor = try args[divFactor]
    let finalDivisor = try args[finalDivFactor]
    let threePhases = try args[threePhase]
    let cyclesMomentum = try args[cycleMomentum]
    var maxMomentums: [Double]?
    var baseMomentums: [Double]?
    if cyclesMomentum {
      maxMomentums = try args.perGroup(maxMomentum.name, groups: groups, default: 0.95)
      baseMomentums = try args.perGroup(baseMomentum.name, groups: groups, default: 0.85)
    } else {
      _ = args.value(maxMomentum.name)
      _ = args.value(baseMomentum.name)
    }
    return try OneCycleLR(
      optimizer: ctx.optimizer, maxLRs: maxLRs, totalSteps: steps, pctStart: pct, annealStrategy: strategy,
      cycleMomentum: cyclesMomentum, baseMomentums: baseMomentums, maxMomentums: maxMomentums, divFactor: initialDivisor,
      finalDivFactor: finalDivisor, threePhase: threePhases, path: args.path)
  }
}

extension OneCycleLR {
  /// The peak (and, with `three_phase`, the end of the way back down).
  static func markers(_ node: SchedulerNode, _ set: inout PhaseMarkerSet) {
    let perCycle = (node.int(epochs.name) ?? 0).multipliedReportingOverflow(by: node.int(stepsPerEpoch.name) ?? 0)
    let total = node.int(totalSteps.name) ?? (perCycle.overflow ? 0 : perCycle.partialValue)
    let pct = node.number(pctStart.name) ?? 0.3
    guard total > 0, pct.isFinite, pct >= 0, pct <= 1 else { return }
    let peak = Int((pct * Double(total)).rounded(.down)) - 1
    set.add(peak, "peak")
    if case .bool(true)? = node.json[threePhase.name] { set.add(2 * peak, "anneal") }
  }

  /// LR001 (total steps that do not match the rows it drives) and LR002 (stepped per epoch).
  static func findings(_ node: SchedulerNode, _ context: LintContext) -> [LintFinding] {
    var out: [LintFinding] = []
    let span = node.span
    var total = node.int(totalSteps.name)
    var key = totalSteps.name
    if total == nil, let e = node.int(epochs.name), let s = node.int(stepsPerEpoch.name) {
      let (p, overflow) = e.multipliedReportingOverflow(by: s)
      if !overflow { total = p }
      key = epochs.name
    }
    if let total, span > 0 {
      let needed = node.steppedAfterLast ? span : span - 1
      let run = context.runText(node)
      if total < needed {
        out.append(
          LintFinding(
            .oneCycleTotalSteps,
            "OneCycleLR's total steps (\(total)) are fewer than the \(context.steps(span)) of \(run): PyTorch raises \"Tried to step \(total + 1) times\" at the scheduler.step() after step \(node.start + total).",
            fix: "set total_steps to \(span) (the number of scheduler.step() calls), or epochs and steps_per_epoch to the run's.",
            path: "\(node.path).\(key)"))
      } else if total > span {
        out.append(
          LintFinding(
            .oneCycleTotalSteps,
            "OneCycleLR's total steps (\(total)) are more than the \(context.steps(span)) of \(run): the run ends at step \(span - 1) of \(total), before annealing finishes, at a learning rate well above the final one.",
            fix: "set total_steps to \(span) (the number of scheduler.step() calls).",
            path: "\(node.path).\(key)"))
      }
    }
    return out
  }
}
