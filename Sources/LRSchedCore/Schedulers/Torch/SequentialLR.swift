/// `torch.optim.lr_scheduler.SequentialLR`: runs its schedulers one after another, switching at
/// each milestone.
///
/// On construction it resets the groups to `initial_lr`, undoes the initial steps its schedulers
/// took, and repeats only that of the one in effect at step 0 (the first, unless a milestone is
/// at or below 0). At a milestone the next scheduler jumps to its step 0
/// (its closed form where it has one).
public final class SequentialLR: TorchComposable {
  public let optimizer: Optimizer
  public let schedulers: [any TorchComposable]
  public let milestones: [Int]
  @exclusivity(unchecked) public private(set) var lastEpoch: Int
  let path: String

  public init(
    optimizer: Optimizer, schedulers: [any TorchComposable], milestones: [Int], path: String = "scheduler"
  ) throws(SpecError) {
    guard !schedulers.isEmpty else {
      throw SpecError(path + "." + Self.schedulers.name, "SequentialLR expects at least one scheduler, but got no scheduler.")
    }
    guard milestones.count == schedulers.count - 1 else {
      throw SpecError(
        path + "." + Self.milestones.name,
        "Sequential Schedulers expects number of schedulers provided to be one more than the number of milestone points, but got number of schedulers \(schedulers.count) and the number of milestones to be equal to \(milestones.count)")
    }
    self.optimizer = optimizer
    self.schedulers = schedulers
    self.milestones = milestones
    self.lastEpoch = 0
    self.path = path
    for i in optimizer.groupIndices {
      optimizer.lrs[i] = optimizer[group: i].initialLR ?? optimizer.lrs[i]
    }
    undoInitialStep()
    try schedulers[PyMath.bisectRight(milestones, 0)].initialStep()
  }

  public func step(metric: Double?) throws(SpecError) {
    lastEpoch += 1
    let idx = PyMath.bisectRight(milestones, lastEpoch)
    let scheduler = schedulers[idx]
    if idx > 0 && milestones[idx - 1] == lastEpoch {
      try scheduler.updateLR(epoch: 0)
    } else {
      try scheduler.step(metric: nil)
    }
  }

  public func undoInitialStep() {
    for s in schedulers { s.undoInitialStep() }
  }

  public func initialStep() throws(SpecError) {
    try step(metric: nil)
  }

  public func updateLR(epoch: Int?) throws(SpecError) {
    throw SpecError(path, "NotImplementedError: a SequentialLR cannot be restarted at a milestone of another SequentialLR")
  }

  public var cyclesMomentum: Bool { schedulers.contains { $0.cyclesMomentum } }
}

extension SequentialLR {
  static let schedulers = ParameterInfo("schedulers", nil, "The schedulers, as a list of scheduler objects.")
  static let milestones = Param<[Int]>(
    "milestones", help: "The steps at which to switch to the next scheduler (one fewer than schedulers).")

  static let descriptor = SchedulerDescriptor(
    name: "SequentialLR", library: .torch, aliases: ["sequential"],
    summary: "Runs schedulers one after another, switching at the milestones.",
    details: "Warmup then decay: schedulers=[LinearLR(...), CosineAnnealingLR(...)], milestones=[warmup steps]. Each later scheduler starts from its own step 0 at its milestone.",
    parameters: [schedulers, milestones],
    composition: .sequential(children: schedulers.name, boundaries: milestones.name), lint: findings,
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    let stages = try TorchArguments.composables(schedulers.name, of: args, in: ctx, owner: "SequentialLR")
    let switches = try args[milestones]
    return try SequentialLR(optimizer: ctx.optimizer, schedulers: stages, milestones: switches, path: args.path)
  }
}

extension SequentialLR {
  /// LR005 on its milestones, and LR008 for a milestone at 0.
  static func findings(_ node: SchedulerNode, _ context: LintContext) -> [LintFinding] {
    var out = context.milestoneFindings(node, key: milestones.name, sequential: true)
    if let m = node.intList(milestones.name), let i = m.firstIndex(of: 0) {
      out.append(
        LintFinding(
          .sequentialMilestoneZero,
          "SequentialLR's milestone at 0: the first scheduler is never used past its initial step, and the next one is not restarted at its milestone, so it starts one step in.",
          fix: "drop the first scheduler and its milestone, or move the milestone past 0.",
          path: "\(node.path).\(milestones.name)[\(i)]"))
    }
    return out
  }
}
