/// `torch.optim.lr_scheduler.ChainedScheduler`: steps every scheduler it holds, in order, at each step.
///
/// The chainable schedulers compose multiplicatively; a closed-form one overwrites the learning
/// rate the earlier ones wrote, as in PyTorch.
public final class ChainedScheduler: TorchComposable {
  public let optimizer: Optimizer
  public let schedulers: [any TorchComposable]
  let path: String

  public init(optimizer: Optimizer, schedulers: [any TorchComposable], path: String = "scheduler") throws(SpecError) {
    guard !schedulers.isEmpty else {
      throw SpecError(path + "." + Self.schedulers.name, "ChainedScheduler expects at least one scheduler to be chained, but got no scheduler.")
    }
    self.optimizer = optimizer
    self.schedulers = schedulers
    self.path = path
  }

  public func step(metric: Double?) throws(SpecError) {
    for s in schedulers { try s.step(metric: nil) }
  }

  public func undoInitialStep() {
    for s in schedulers { s.undoInitialStep() }
  }

  public func initialStep() throws(SpecError) {
    try step(metric: nil)
  }

  public func updateLR(epoch: Int?) throws(SpecError) {
    throw SpecError(path, "NotImplementedError: a ChainedScheduler cannot be restarted at a milestone of a SequentialLR")
  }

  public var cyclesMomentum: Bool { schedulers.contains { $0.cyclesMomentum } }
}

extension ChainedScheduler {
  static let schedulers = ParameterInfo("schedulers", nil, "The schedulers, as a list of scheduler objects.")
  /// PyTorch's `optimizer=None`, accepted and ignored (the spec's optimizer is used); not listed.
  static let optimizerArgument = ParameterInfo("optimizer", "None", "Ignored: the run's optimizer is used.")

  static let descriptor = SchedulerDescriptor(
    name: "ChainedScheduler", library: .torch, aliases: ["chained"],
    summary: "Steps several schedulers together at every step; their factors multiply.",
    details: "Combine e.g. a ConstantLR warmup with an ExponentialLR decay running at the same time.",
    parameters: [schedulers],
    composition: .chained(children: schedulers.name), lint: findings, warmup: .sequentialLR,
    export: .constructor(childrenFirst: true)
  ) { args, ctx throws(SpecError) in
    _ = args.value(optimizerArgument.name)
    let chained = try TorchArguments.composables(schedulers.name, of: args, in: ctx, owner: "ChainedScheduler")
    return try ChainedScheduler(optimizer: ctx.optimizer, schedulers: chained, path: args.path)
  }
}

extension ChainedScheduler {
  /// LR007: a closed-form scheduler in the chain overwrites what the others wrote.
  static func findings(_ node: SchedulerNode, _ context: LintContext) -> [LintFinding] {
    guard node.children.count >= 2 else { return [] }
    return node.children.filter { $0.traits.contains(.closedForm) }.map { child in
      LintFinding(
        .chainOverwrites,
        "ChainedScheduler steps \(child.className), which computes its learning rate from the initial one alone: it overwrites what the other chained schedulers wrote, so their factors do not compose.",
        fix: "multiply the factors in one LambdaLR, or run the schedulers one after another with SequentialLR.",
        path: child.path)
    }
  }
}
