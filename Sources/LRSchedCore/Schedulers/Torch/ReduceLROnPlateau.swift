/// `torch.optim.lr_scheduler.ReduceLROnPlateau`: multiplies the learning rate by `factor` when
/// the monitored metric has not improved for more than `patience` steps.
///
/// As in PyTorch 2.15 it skips `LRScheduler`'s constructor: no initial step and no `initial_lr`,
/// so row 0 is the optimizer's learning rate; `last_epoch` starts at 0. A metric improves when
/// it beats `best` by `threshold` (relative or absolute); after a reduction `cooldown` steps pass
/// before bad steps count again; a reduction smaller than `eps` is skipped. It is not a
/// `TorchComposable`: `SequentialLR` and `ChainedScheduler` refuse it.
public final class ReduceLROnPlateau: LRScheduler {
  public enum Mode: String, Sendable { case min, max }
  public enum ThresholdMode: String, Sendable { case rel, abs }

  public let optimizer: Optimizer
  let path: String
  public let mode: Mode
  public let factor: Double
  /// Compared with the count of bad steps, as a float so a fractional patience behaves as in Python.
  public let patience: Double
  public let threshold: Double
  public let thresholdMode: ThresholdMode
  public let cooldown: Double
  public let minLRs: [Double]
  public let eps: Double
  @exclusivity(unchecked) public private(set) var lastEpoch = 0
  @exclusivity(unchecked) public private(set) var best: Double
  @exclusivity(unchecked) public private(set) var numBadEpochs = 0
  @exclusivity(unchecked) public private(set) var cooldownCounter = 0.0
  /// `_last_lr`.
  public let lastLR: GroupValues

  public init(
    optimizer: Optimizer, mode: Mode = .min, factor: Double = 0.1, patience: Double = 10, threshold: Double = 1e-4,
    thresholdMode: ThresholdMode = .rel, cooldown: Double = 0, minLRs: [Double]? = nil, eps: Double = 1e-8,
    path: String = "scheduler"
  ) throws(SpecError) {
    guard factor < 1.0 else { throw SpecError(path + "." + Self.factor.name, "Factor should be < 1.0.") }
    let groups = optimizer.groupCount
    let minLRs = minLRs ?? Array(repeating: 0, count: groups)
    guard minLRs.count == groups else {
      throw SpecError(path + "." + Self.minLR.name, "expected \(groups) min_lrs, got \(minLRs.count)")
    }
    self.optimizer = optimizer
    self.path = path
    self.mode = mode
    self.factor = factor
    self.patience = patience
    self.threshold = threshold
    self.thresholdMode = thresholdMode
    self.cooldown = cooldown
    self.minLRs = minLRs
    self.eps = eps
    self.lastLR = .allocate(count: groups)
    lastLR.assign(optimizer.lrs)
    self.best = mode == .min ? .infinity : -.infinity
  }

  deinit {
    lastLR.deallocate()
  }

  public var needsMetric: Bool { true }

  /// Whether `cooldown` steps have not yet passed since the last reduction.
  public var inCooldown: Bool { cooldownCounter > 0 }

  /// `_is_better(a, best)`.
  public func isBetter(_ a: Double, than best: Double) -> Bool {
    switch (mode, thresholdMode) {
    case (.min, .rel): return a < best * (1.0 - threshold)
    case (.min, .abs): return a < best - threshold
    case (.max, .rel): return a > best * (threshold + 1.0)
    case (.max, .abs): return a > best + threshold
    }
  }

  public func step(metric: Double?) throws(SpecError) {
    guard let current = metric else {
      throw SpecError(path, "TypeError: ReduceLROnPlateau.step() missing 1 required positional argument: 'metrics'")
    }
    lastEpoch += 1
    if isBetter(current, than: best) {
      best = current
      numBadEpochs = 0
    } else {
      numBadEpochs += 1
    }
    if inCooldown {
      cooldownCounter -= 1
      numBadEpochs = 0
    }
    if Double(numBadEpochs) > patience {
      reduceLR()
      cooldownCounter = cooldown
      numBadEpochs = 0
    }
    lastLR.assign(optimizer.lrs)
  }

  /// `_reduce_lr`: `max(lr * factor, min_lr)` (Python's `max`: the first unless the second is
  /// greater), applied only when it lowers the learning rate by more than `eps`.
  func reduceLR() {
    for i in optimizer.groupIndices {
      let oldLR = optimizer.lrs[i]
      let scaled = oldLR * factor
      let newLR = minLRs[i] > scaled ? minLRs[i] : scaled
      if oldLR - newLR > eps {
        optimizer.lrs[i] = newLR
      }
    }
  }
}

extension ReduceLROnPlateau {
  static let mode = Param<String>("mode", default: "min", help: "'min' (lower is better) or 'max'.")
  static let factor = Param<Double>("factor", default: 0.1, help: "Factor the learning rate is multiplied by, < 1.")
  static let patience = Param<Double>("patience", intDefault: 10, help: "Steps without improvement tolerated before reducing.")
  static let threshold = Param<Double>("threshold", default: 1e-4, help: "Minimum change that counts as an improvement.")
  static let thresholdMode = Param<String>("threshold_mode", default: "rel", help: "'rel' (relative to best) or 'abs'.")
  static let cooldown = Param<Double>(
    "cooldown", intDefault: 0, help: "Steps to wait after a reduction before counting bad steps again.")
  static let minLR = ParameterInfo("min_lr", "0", "Lower bound on the learning rate, or a list with one per parameter group.")
  static let eps = Param<Double>("eps", default: 1e-8, help: "Reductions smaller than this are skipped.")

  static let descriptor = SchedulerDescriptor(
    name: "ReduceLROnPlateau", library: .torch, aliases: ["plateau", "reduce-on-plateau"],
    summary: "Reduces the learning rate by factor when a monitored metric stops improving.",
    details: "Adaptive decay driven by the validation loss (mode=min) or accuracy (mode=max); needs \"metrics\", one value per scheduler step. Stepped once an epoch, after validation.",
    parameters: [mode, factor, patience, threshold, thresholdMode, cooldown, minLR, eps],
    traits: .metricDriven, warmup: .refusedBySequentialLR("ReduceLROnPlateau"), export: .constructor()
  ) { args, ctx throws(SpecError) in
    let factorValue = try args[factor]
    guard factorValue < 1.0 else { throw SpecError(args.path(factor.name), "Factor should be < 1.0.") }
    var minLRs: [Double]?
    if let v = args.value(minLR.name) {
      if case .array(let items) = v {
        let groups = ctx.optimizer.groupCount
        guard items.count == groups else {
          throw SpecError(args.path(minLR.name), "expected \(groups) min_lrs, got \(items.count)")
        }
        var out: [Double] = []
        for (i, item) in items.enumerated() {
          out.append(try SchedulerArguments.double(item, at: "\(args.path(minLR.name))[\(i)]"))
        }
        minLRs = out
      } else {
        let m = try SchedulerArguments.double(v, at: args.path(minLR.name))
        minLRs = Array(repeating: m, count: ctx.optimizer.groupCount)
      }
    }
    let patienceValue = try args[patience]
    let cooldownValue = try args[cooldown]
    let epsValue = try args[eps]
    let modeName = try args[mode]
    guard let modeValue = Mode(rawValue: modeName) else {
      throw SpecError(args.path(mode.name), "mode \(modeName) is unknown!")
    }
    let thresholdValue = try args[threshold]
    let thresholdModeName = try args[thresholdMode]
    guard let thresholdModeValue = ThresholdMode(rawValue: thresholdModeName) else {
      throw SpecError(args.path(thresholdMode.name), "threshold mode \(thresholdModeName) is unknown!")
    }
    return try ReduceLROnPlateau(
      optimizer: ctx.optimizer, mode: modeValue, factor: factorValue, patience: patienceValue, threshold: thresholdValue,
      thresholdMode: thresholdModeValue, cooldown: cooldownValue, minLRs: minLRs, eps: epsValue, path: args.path)
  }
}
