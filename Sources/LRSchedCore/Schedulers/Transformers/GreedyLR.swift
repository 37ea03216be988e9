/// `transformers.optimization.GreedyLR`: raises the learning rate (divides it by `factor`) while
/// the monitored metric keeps improving and lowers it (multiplies by `factor`) when it stalls,
/// within `[min_lr, max_lr]`, resetting to the initial rates after `reset_start` steps at the floor.
public final class GreedyLR: LRScheduler {
  public let optimizer: Optimizer
  let path: String
  /// Where `factor` is in the spec, for a division by zero while stepping.
  let factorPath: String
  let factor: Double
  let patience: Int
  let threshold: Double
  let thresholdIsRelative: Bool
  let modeIsMin: Bool
  let cooldown: Int
  let warmup: Int
  let minLRs: [Double]
  let maxLRs: [Double]
  let eps: Double
  let resetStartOriginal: Int
  let initialLRs: [Double]

  @exclusivity(unchecked) var best: Double
  @exclusivity(unchecked) var numBadEpochs = 0
  @exclusivity(unchecked) var numGoodEpochs = 0
  @exclusivity(unchecked) var cooldownCounter = 0
  @exclusivity(unchecked) var warmupCounter = 0
  @exclusivity(unchecked) var resetStart: Int
  @exclusivity(unchecked) var average: StreamingAverage?

  public var needsMetric: Bool { true }

  init(
    optimizer: Optimizer, mode: String, factor: Double, patience: Int, threshold: Double, thresholdMode: String,
    cooldown: Int, warmup: Int, minLRs: [Double], maxLRs: [Double], eps: Double, smoothWindow: Int?,
    resetStart: Int, path: String
  ) throws(SpecError) {
    guard factor < 1.0 else { throw SpecError(path + "." + Self.factor.name, "Factor should be < 1.0.") }
    guard mode == "min" || mode == "max" else { throw SpecError(path + "." + Self.mode.name, "mode \(mode) is unknown!") }
    guard thresholdMode == "rel" || thresholdMode == "abs" else {
      throw SpecError(path + "." + Self.thresholdMode.name, "threshold mode \(thresholdMode) is unknown!")
    }
    self.optimizer = optimizer
    self.path = path
    factorPath = path + "." + Self.factor.name
    self.factor = factor
    self.patience = patience
    self.threshold = threshold
    self.thresholdIsRelative = thresholdMode == "rel"
    self.modeIsMin = mode == "min"
    self.cooldown = cooldown
    self.warmup = warmup
    self.minLRs = minLRs
    self.maxLRs = maxLRs
    self.eps = eps
    self.resetStartOriginal = resetStart
    self.resetStart = resetStart
    self.initialLRs = optimizer.learningRates
    self.best = mode == "min" ? .infinity : -.infinity
    self.average = smoothWindow.map { StreamingAverage(windowSize: $0) }
  }

  func isBetter(_ current: Double, _ best: Double) -> Bool {
    switch (modeIsMin, thresholdIsRelative) {
    case (true, true): current < best * (1.0 - threshold)
    case (true, false): current < best - threshold
    case (false, true): current > best * (1.0 + threshold)
    case (false, false): current > best + threshold
    }
  }

  public func step(metric: Double?) throws(SpecError) {
    guard let metric else { throw SpecError("metrics", "GreedyLR steps on a monitored value: give \"metrics\"") }
    var current = metric
    if let smoothed = try average?.add(current, path: path) { current = smoothed }
    if cooldownCounter > 0 {
      cooldownCounter -= 1
      numBadEpochs = 0
      numGoodEpochs = 0
    } else if warmupCounter > 0 {
      warmupCounter -= 1
      numBadEpochs = 0
      numGoodEpochs = 0
    } else {
      if isBetter(current, best) {
        best = current
        numBadEpochs = 0
        numGoodEpochs += 1
      } else {
        numBadEpochs += 1
        numGoodEpochs = 0
      }
      if numGoodEpochs > patience {
        try increaseLR()
        warmupCounter = warmup
        numGoodEpochs = 0
      } else if numBadEpochs > patience {
        reduceLR()
        cooldownCounter = cooldown
        numBadEpochs = 0
      }
    }
  }

  private func reduceLR() {
    var allAtMin = true
    for i in optimizer.groupIndices {
      let old = optimizer.lrs[i]
      let new = PyChecked.max(old * factor, minLRs[i])
      if old - new > eps { optimizer.lrs[i] = new }
      if optimizer.lrs[i] > minLRs[i] { allAtMin = false }
    }
    if allAtMin {
      if resetStart <= 1 { reset() } else { resetStart -= 1 }
    }
  }

  private func increaseLR() throws(SpecError) {
    for i in optimizer.groupIndices {
      let old = optimizer.lrs[i]
      let raised = try PyChecked.div(old, factor, at: factorPath)
      let new = maxLRs[i] < raised ? maxLRs[i] : raised
      if new - old > eps { optimizer.lrs[i] = new }
    }
    resetStart = resetStartOriginal
  }

  private func reset() {
    optimizer.lrs.assign(initialLRs)
    best = modeIsMin ? .infinity : -.infinity
    numBadEpochs = 0
    numGoodEpochs = 0
    cooldownCounter = 0
    warmupCounter = 0
    resetStart = resetStartOriginal
    average?.reset()
  }
}

extension GreedyLR {
  /// A `min_lr` / `max_lr` argument as given: a number for every group or a list with one per group.
  struct Bound {
    let value: JSONValue?
    let key: String
    let path: String
    let fallback: Double

    /// One bound per group of `groups`; a list of another length is refused.
    func perGroup(_ groups: Int) throws(SpecError) -> [Double] {
      guard let v = value else { return Array(repeating: fallback, count: groups) }
      if case .array(let items) = v {
        guard items.count == groups else {
          throw SpecError(path, "expected \(groups) \(key)s, got \(items.count)")
        }
        var out: [Double] = []
        for (i, item) in items.enumerated() { out.append(try SchedulerArguments.double(item, at: "\(path)[\(i)]")) }
        return out
      }
      return Array(repeating: try SchedulerArguments.double(v, at: path), count: groups)
    }
  }

  /// The `Bound` argument `name`, `fallback` for every group when absent.
  static func bound(_ name: String, default fallback: Double, help: String) -> Param<Bound> {
    Param(name, defaultText: DoubleFormat.shortest(fallback), help: help) { args, key throws(SpecError) in
      Bound(value: args.value(key), key: key, path: args.path(key), fallback: fallback)
    }
  }

  static let mode = Param<String>("mode", default: "min", help: "\"min\": the metric should decrease; \"max\": increase.")
  static let factor = Param<Double>(
    "factor", default: 0.95,
    help: "The learning rate is multiplied by it on a plateau and divided by it on a streak of improvements (< 1).")
  static let patience = Param<Int>("patience", default: 10, help: "Steps of improvement (or of none) before the learning rate moves.")
  static let threshold = Param<Double>("threshold", default: 1e-6, help: "The least change that counts as an improvement.")
  static let thresholdMode = Param<String>("threshold_mode", default: "abs", help: "\"rel\" or \"abs\".")
  static let cooldown = Param<Int>("cooldown", default: 0, help: "Steps to wait after a decrease.")
  static let warmup = Param<Int>("warmup", default: 0, help: "Steps to wait after an increase.")
  static let minLR = bound("min_lr", default: 1e-3, help: "A floor for the learning rate (or a list, one per group).")
  static let maxLR = bound("max_lr", default: 1.0, help: "A ceiling for the learning rate (or a list, one per group).")
  static let eps = Param<Double>("eps", default: 1e-8, help: "Changes smaller than this are skipped.")
  static let verbose = Param<Bool>("verbose", default: false, help: "Accepted; lrsched prints nothing.")
  static let smooth = Param<Bool>("smooth", default: false, help: "Whether to average the metric over a sliding window first.")
  static let windowSize = Param<Int>("window_size", default: 50, help: "The window of the smoothing average.")
  static let resetStart = Param<Int>(
    "reset_start", default: 500, help: "Steps with every group at min_lr before resetting to the initial rates.")

  static let parameters: [any ParameterDeclaration] = [
    mode, factor, patience, threshold, thresholdMode, cooldown, warmup, minLR, maxLR, eps, verbose, smooth, windowSize,
    resetStart,
  ]

  static func make(_ args: SchedulerArguments, _ ctx: BuildContext) throws(SpecError) -> GreedyLR {
    let groups = ctx.optimizer.groupCount
    let factor = try args[Self.factor]
    let mode = try args[Self.mode]
    let patience = try args[Self.patience]
    let threshold = try args[Self.threshold]
    let thresholdMode = try args[Self.thresholdMode]
    let cooldown = try args[Self.cooldown]
    let warmup = try args[Self.warmup]
    let minLRs = try args[minLR].perGroup(groups)
    let maxLRs = try args[maxLR].perGroup(groups)
    let eps = try args[Self.eps]
    _ = try args[verbose]
    let smooth = try args[Self.smooth]
    let window = try args[windowSize]
    let resetStart = try args[Self.resetStart]
    return try GreedyLR(
      optimizer: ctx.optimizer, mode: mode, factor: factor, patience: patience, threshold: threshold,
      thresholdMode: thresholdMode, cooldown: cooldown, warmup: warmup, minLRs: minLRs, maxLRs: maxLRs, eps: eps,
      smoothWindow: smooth ? window : nil, resetStart: resetStart, path: args.path)
  }

  static let descriptor = SchedulerDescriptor(
    name: "GreedyLR", library: .transformers,
    summary: "Adapts the learning rate to the metric: divides it by factor after patience improvements, multiplies by factor after patience stalls.",
    details: "transformers' GreedyLR (arXiv 2512.14527), stepped with a monitored value (give \"metrics\", one per scheduler step), usually the training loss each step. Stays within [min_lr, max_lr]; after reset_start steps with every group at min_lr it restarts from the initial rates.",
    parameters: parameters,
    traits: .metricDriven, warmup: .refusedBySequentialLR("GreedyLR"), export: .constructor()
  ) { args, ctx throws(SpecError) in
    try make(args, ctx)
  }

  static let functionDescriptor = SchedulerDescriptor(
    name: "get_greedy_schedule", library: .transformers,
    summary: "GreedyLR: raises the learning rate while the metric improves and lowers it when it stalls.",
    details: "Trainer's \"greedy\"; the same as transformers.GreedyLR with these keyword arguments. Stepped with a monitored value (give \"metrics\", one per scheduler step).",
    parameters: parameters,
    traits: .metricDriven, warmup: .refusedBySequentialLR("get_greedy_schedule"), export: .constructor()
  ) { args, ctx throws(SpecError) in
    try make(args, ctx)
  }
}
