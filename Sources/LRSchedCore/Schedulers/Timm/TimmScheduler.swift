/// timm's `Scheduler` base (`timm.scheduler.scheduler.Scheduler`), stepped the way timm's
/// training loop steps it.
///
/// Construction sets each group's `initial_lr` (if unset), takes the base values from it and writes
/// them to the groups; a subclass then applies its warmup start and calls `start()`.
///
/// The loop: after each optimizer update `step_update(num_updates)`, after each epoch
/// `step(epoch)`; the scheduler acts on one of the two (`t_in_epochs`) and writes `_get_lr(t)`,
/// with noise, into the groups. Row `e` is the value timm sets for epoch `e` (`step(0)` is taken
/// first), with interval `"step"` for update `i` (`step_update(0)` first). An `"epoch"` row is an
/// epoch's first update, `e * steps_per_epoch`.
///
/// `_get_lr(t)`'s list is written into storage allocated once (`lr(at:into:)`), noise is added
/// in place and the noise generator is reseeded rather than made anew, so a step allocates
/// nothing.
open class TimmScheduler: LRScheduler {
  /// The largest `t` lrsched follows (and the largest step-count argument, in magnitude): every
  /// `t` stays exact as a double.
  static let timeLimit = 1 << 52

  public let optimizer: Optimizer
  /// Where the scheduler is in the spec, for errors raised while stepping.
  public let path: String
  public let baseValues: [Double]
  public let tInEpochs: Bool
  /// The noise settings and the generator they draw from, reseeded at each step they apply to.
  @exclusivity(unchecked) var noise: TimmNoise
  /// Each group's `lr_scale`, read once: a run changes no group setting but the learning rate
  /// and momentum.
  let lrScales: [Double?]
  /// The list `_get_lr(t)` returns, written in place at every step before noise and `lr_scale`.
  let values: GroupValues
  let run: RunShape
  /// Whether the loop calls `step(0)` and `step_update(0)` before row 0 (the reference's loop);
  /// timm's `train.py` does not (it steps at the start only when resuming), so its first row is the
  /// value construction leaves in the groups: the base value, or `warmup_lr_init` under warmup.
  let stepAtStart: Bool
  /// How many rows the simulation has stepped past.
  @exclusivity(unchecked) private var rows = 0

  init(
    optimizer: Optimizer, path: String, run: RunShape, tInEpochs: Bool, noise: TimmNoise, initialize: Bool, stepAtStart: Bool = true
  ) throws(SpecError) {
    self.optimizer = optimizer
    self.stepAtStart = stepAtStart
    self.path = path
    self.run = run
    self.tInEpochs = tInEpochs
    self.noise = noise
    if initialize {
      for i in optimizer.groupIndices where optimizer[group: i].initialLR == nil {
        optimizer[group: i].initialLR = optimizer.lrs[i]
      }
    } else if let i = optimizer.paramGroups.firstIndex(where: { $0.initialLR == nil }) {
      throw SpecError(path + "." + Self.initializeParameter.name, "KeyError: 'initial_lr missing from param_groups[\(i)]'")
    }
    let groups = optimizer.paramGroups
    baseValues = groups.map { $0.initialLR ?? $0.lr }
    lrScales = groups.map(\.lrScale)
    values = .allocate(count: groups.count)
    values.assign(baseValues)
    updateGroups(values)
  }

  deinit {
    values.deallocate()
  }

  /// `_get_lr(t)`: writes each group's value at `t` into `values`.
  open func lr(at t: Int, into values: GroupValues) throws(SpecError) {
    values.assign(baseValues)
  }

  /// `update_groups(values)`: each group's value, times its `lr_scale` when it has one.
  public func updateGroups(_ values: GroupValues) {
    let lrs = optimizer.lrs
    for i in lrs.indices {
      if let scale = lrScales[i] {
        lrs[i] = values[i] * scale
      } else {
        lrs[i] = values[i]
      }
    }
  }

  /// `update_groups(value)` for a single value.
  public func updateGroups(_ value: Double) {
    values.fill(value)
    updateGroups(values)
  }

  /// `step(epoch, metric)`.
  open func step(epoch: Int, metric: Double?) throws(SpecError) {
    guard tInEpochs else { return }
    try update(at: epoch)
  }

  /// `step_update(num_updates, metric)`.
  open func stepUpdate(_ numUpdates: Int, metric: Double?) throws(SpecError) {
    guard !tInEpochs else { return }
    try update(at: numUpdates)
  }

  /// `update_groups(_add_noise(_get_lr(t), t))`.
  private func update(at t: Int) throws(SpecError) {
    try lr(at: t, into: values)
    try noise.apply(to: values, at: t)
    updateGroups(values)
  }

  /// Whether the run starts with `step(0)`; PlateauLRScheduler's `step(0)` would be a warmup
  /// step (setting `warmup_lr_init` even without warmup), so it starts from construction.
  open var takesInitialStep: Bool { true }

  /// The start of the loop: `step(0)` and `step_update(0)`, so that row 0 is timm's value at 0
  /// (nothing when ``stepAtStart`` is false).
  func start() throws(SpecError) {
    guard stepAtStart else { return }
    if takesInitialStep { try step(epoch: 0, metric: nil) }
    try stepUpdate(0, metric: nil)
  }

  public func step(metric: Double?) throws(SpecError) {
    rows += 1
    let perEpoch = run.stepsPerEpoch
    switch run.interval {
    case .epoch:
      guard rows <= Self.timeLimit else { throw beyondLimit() }
      let (updates, overflow) = rows.multipliedReportingOverflow(by: perEpoch)
      if !tInEpochs {
        guard !overflow, updates <= Self.timeLimit else { throw beyondLimit() }
        try stepUpdate(updates, metric: metric)
      }
      try step(epoch: rows, metric: metric)
    case .step:
      guard rows <= Self.timeLimit else { throw beyondLimit() }
      try stepUpdate(rows, metric: metric)
      if rows % perEpoch == 0 { try step(epoch: rows / perEpoch, metric: metric) }
    }
  }

  private func beyondLimit() -> SpecError {
    SpecError(path, "the run passes 2**52 timm steps, more than lrsched follows")
  }

  open var needsMetric: Bool { false }

  /// Arguments every timm scheduler takes: `t_in_epochs` (where the class has it), the noise
  /// arguments and `initialize`.
  static func common(_ args: SchedulerArguments, takesTInEpochs: Bool = true, takesNoiseType: Bool = false) throws(SpecError) -> (tInEpochs: Bool, noise: TimmNoise, initialize: Bool, stepAtStart: Bool) {
    let tInEpochs = takesTInEpochs ? try args[tInEpochsParameter] : true
    let noise = try TimmNoise.read(args, takesType: takesNoiseType)
    let initialize = try args[initializeParameter]
    let stepAtStart = try args[stepAtStartParameter]
    return (tInEpochs, noise, initialize, stepAtStart)
  }

  /// A positive step count such as `t_initial`, checked as timm asserts it.
  static func positive(_ args: SchedulerArguments, _ key: String) throws(SpecError) -> Int {
    let v = try args.int(key)
    guard v > 0 else { throw SpecError(args.path(key), "AssertionError: assert \(key) > 0 (got \(v))") }
    guard v <= timeLimit else { throw SpecError(args.path(key), "must be at most 2**52, got \(v)") }
    return v
  }

  static let tInEpochsParameter = Param<Bool>(
    "t_in_epochs", default: true,
    help: "True: t counts epochs (step(epoch) after each epoch); False: optimizer updates (step_update after each update; use interval \"step\").")
  /// lrsched's, not timm's: how the loop starts (``stepAtStart``).
  static let stepAtStartParameter = Param<Bool>(
    "step_at_start", default: true,
    help: "lrsched's loop, not a timm argument: true calls step(0) and step_update(0) before row 0; false starts from the values construction sets, as timm's train.py does when not resuming.")
  static let initializeParameter = Param<Bool>(
    "initialize", default: true, help: "Whether to set each group's initial_lr from its lr.")
}
