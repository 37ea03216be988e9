/// `timm.scheduler.PlateauLRScheduler`: PyTorch's `ReduceLROnPlateau` behind a linear warmup, with
/// noise.
///
/// `step(epoch, metric)`: up to `warmup_t` it writes the warmup; after it, it removes the last
/// noise, steps the plateau logic with the metric (when there is one) and adds new noise. The
/// plateau logic is torch's, with `threshold_mode="rel"` and `eps=1e-8`. It acts only on epochs
/// (`step_update` does nothing) and takes no initial `step(0)`: row 0 is the construction's
/// value.
public final class PlateauLRScheduler: TimmScheduler {
  let factor: Double
  let patience: Int
  let threshold: Double
  let cooldown: Int
  let minLRs: [Double]
  let modeIsMin: Bool
  let eps = 1e-8
  var warmup = TimmWarmup(t: 0, lrInit: 0, prefix: false, targets: [])
  @exclusivity(unchecked) var best: Double
  @exclusivity(unchecked) var numBadEpochs = 0
  @exclusivity(unchecked) var cooldownCounter = 0
  /// `restore_lr`: the learning rates before the last noise, to put back at the next step;
  /// storage allocated at the first noise, reused after it.
  @exclusivity(unchecked) var restoreLR: GroupValues?
  /// Whether `restoreLR` holds rates to put back (`restore_lr is not None`).
  @exclusivity(unchecked) var restoring = false

  init(
    optimizer: Optimizer, run: RunShape, decayRate: Double, patience: Int, threshold: Double, cooldown: Int,
    warmup: (t: Int, lrInit: Double, prefix: Bool), minLR: [Double], mode: String, noise: TimmNoise, initialize: Bool, stepAtStart: Bool = true,
    path: String
  ) throws(SpecError) {
    self.factor = decayRate
    self.patience = patience
    self.threshold = threshold
    self.cooldown = cooldown
    self.minLRs = minLR
    self.modeIsMin = mode == "min"
    self.best = mode == "min" ? .infinity : -.infinity
    try super.init(optimizer: optimizer, path: path, run: run, tInEpochs: true, noise: noise, initialize: initialize, stepAtStart: stepAtStart)
    guard decayRate < 1.0 else { throw SpecError(path + "." + Self.decayRate.name, "Factor should be < 1.0.") }
    guard minLR.count == optimizer.groupCount else {
      throw SpecError(path + "." + Self.lrMin.name, "expected \(optimizer.groupCount) min_lrs, got \(minLR.count)")
    }
    guard mode == "min" || mode == "max" else { throw SpecError(path + "." + Self.mode.name, "mode \(mode) is unknown!") }
    self.warmup = TimmWarmup(t: warmup.t, lrInit: warmup.lrInit, prefix: false, targets: baseValues)
    if warmup.t != 0 { updateGroups(warmup.lrInit) }
    try start()
  }

  deinit {
    restoreLR?.deallocate()
  }

  public override var takesInitialStep: Bool { false }
  public override var needsMetric: Bool { true }

  public override func stepUpdate(_ numUpdates: Int, metric: Double?) throws(SpecError) {}

  public override func step(epoch: Int, metric: Double?) throws(SpecError) {
    if epoch <= warmup.intT {
      warmup.write(Double(epoch), into: values)
      updateGroups(values)
      return
    }
    if restoring, let restore = restoreLR {
      optimizer.lrs.assign(restore)
      restoring = false
    }
    if let metric { plateauStep(metric) }
    if noise.applies(at: epoch) {
      let n = try noise.noise(at: epoch)
      let lrs = optimizer.lrs
      let old = restoreLR ?? .allocate(count: lrs.count)
      restoreLR = old
      old.assign(lrs)
      restoring = true
      for g in lrs.indices { lrs[g] = old[g] + old[g] * n }
    }
  }

  /// `ReduceLROnPlateau.step(metrics)`.
  private func plateauStep(_ current: Double) {
    let better = modeIsMin ? current < best * (1.0 - threshold) : current > best * (threshold + 1.0)
    if better {
      best = current
      numBadEpochs = 0
    } else {
      numBadEpochs += 1
    }
    if cooldownCounter > 0 {
      cooldownCounter -= 1
      numBadEpochs = 0
    }
    if numBadEpochs > patience {
      for i in optimizer.groupIndices {
        let old = optimizer.lrs[i]
        let new = PyChecked.max(old * factor, minLRs[i])
        if old - new > eps { optimizer.lrs[i] = new }
      }
      cooldownCounter = cooldown
      numBadEpochs = 0
    }
  }
}

extension PlateauLRScheduler {
  static let decayRate = Param<Double>(
    "decay_rate", default: 0.1, help: "The factor the learning rate is multiplied by on a plateau (< 1).")
  static let patienceT = Param<Int>("patience_t", default: 10, help: "Epochs without improvement before reducing.")
  static let threshold = Param<Double>(
    "threshold", default: 1e-4, help: "The least relative change that counts as an improvement.")
  static let cooldownT = Param<Int>("cooldown_t", default: 0, help: "Epochs to wait after a reduction.")
  static let lrMin = ParameterInfo(
    "lr_min", "0.0", "A floor for the learning rate (or a list, one per group).")
  static let mode = Param<String>(
    "mode", default: "max", help: "\"max\": the metric should increase; \"min\": decrease.")

  static let descriptor = SchedulerDescriptor(
    name: "PlateauLRScheduler", library: .timm, aliases: ["timm-plateau"], configNames: ["plateau"],
    summary: "Cuts the learning rate by decay_rate when the metric stops improving for patience_t epochs (torch's ReduceLROnPlateau), after an optional warmup; with noise.",
    details: "timm's --sched plateau, stepped once per epoch with the evaluation metric: give \"metrics\", one per scheduler step (with interval \"step\", the metric of an epoch's last step is used). mode defaults to \"max\" (an accuracy); use \"min\" for a loss. Metrics during the warmup are not seen by the plateau logic. Row 0 is the lr at construction (warmup_lr_init with a warmup). Noise is drawn exactly as timm draws it; noise_type \"normal\" or anything else for uniform.",
    parameters: [
      decayRate, patienceT, threshold, cooldownT,
      TimmWarmup.warmupT.documented(as: "Epochs of linear warmup from warmup_lr_init."), TimmWarmup.warmupLRInit, lrMin,
      mode,
      TimmNoise.noiseRangeT.documented(
        as: "Where to add noise: an epoch from which on, or [start, end); None for no noise."),
      TimmNoise.noiseType,
    ] + TimmNoise.parameters.dropFirst() + [TimmScheduler.initializeParameter, TimmScheduler.stepAtStartParameter],
    traits: .metricDriven, warmup: .timmWarmupT, export: .constructor()
  ) { args, ctx throws(SpecError) in
    let rate = try args[decayRate]
    let patience = try args[patienceT]
    let thresholdValue = try args[threshold]
    let cooldown = try args[cooldownT]
    let warmup = try TimmWarmup.read(args, prefixDefault: nil)
    let minLR = try args.perGroup(lrMin.name, groups: ctx.optimizer.groupCount, default: 0)
    let modeName = try args[mode]
    let common = try TimmScheduler.common(args, takesTInEpochs: false, takesNoiseType: true)
    return try PlateauLRScheduler(
      optimizer: ctx.optimizer, run: ctx.run, decayRate: rate, patience: patience, threshold: thresholdValue,
      cooldown: cooldown, warmup: warmup, minLR: minLR, mode: modeName, noise: common.noise,
      initialize: common.initialize, stepAtStart: common.stepAtStart, path: args.path)
  }
}
