/// `torch.optim.lr_scheduler.MultiStepLR`: multiplies the learning rate by `gamma` at each milestone
/// (by `gamma ** k` where a milestone is repeated k times).
public final class MultiStepLR: TorchScheduler {
  /// `Counter(milestones)`.
  /// `Counter(milestones)` as `last_epoch in` sees it: the milestones equal to an integer (a
  /// fractional one never matches a step).
  public let milestoneCounts: [Int: Int]
  public let milestones: [PyNumber]
  public let gamma: Double

  public init(optimizer: Optimizer, milestones: [PyNumber], gamma: Double = 0.1, path: String = "scheduler") throws(SpecError) {
    self.milestones = milestones
    self.milestoneCounts = milestones.reduce(into: [:]) { counts, m in
      if let i = m.int {
        counts[i, default: 0] += 1
      } else if m.double == m.double.rounded(.towardZero), abs(m.double) < 0x1p53 {
        counts[Int(m.double), default: 0] += 1
      }
    }
    self.gamma = gamma
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    guard let count = milestoneCounts[lastEpoch] else { return values.assign(groupLRs) }
    let f = try pow(gamma, Double(count))
    scaleGroupLRs(by: f, into: values)
  }

  public override func closedFormLR(into values: GroupValues) throws(SpecError) -> Bool {
    let f = try pow(gamma, Double(PyMath.bisectRight(milestones.map(\.double).sorted(), Double(lastEpoch))))
    scaleBaseLRs(by: f, into: values)
    return true
  }
}

extension MultiStepLR {
  static let milestones = Param<[PyNumber]>(
    "milestones", stepCounts: "List of step indices; should be increasing.", runDefault: .stepList([.init(1, 2), .init(3, 4)]),
    marker: "milestone")
  static let gamma = Param<Double>("gamma", default: 0.1, help: "Multiplicative factor of learning rate decay.")

  static let descriptor = SchedulerDescriptor(
    name: "MultiStepLR", library: .torch, aliases: ["multistep", "multi-step"],
    summary: "Decays the learning rate by gamma at each milestone.",
    details: "Staircase decay at chosen steps (e.g. milestones=[30, 60, 90] for ImageNet). Usually stepped once an epoch.",
    parameters: [milestones, gamma],
    lint: { node, context in context.milestoneFindings(node, key: milestones.name, sequential: false) },
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    return try MultiStepLR(optimizer: ctx.optimizer, milestones: args[milestones], gamma: args[gamma], path: args.path)
  }
}
