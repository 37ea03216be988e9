/// `torch.optim.lr_scheduler.ConstantLR`: multiplies the learning rate by `factor` until step
/// `total_iters`, then restores it.
public final class ConstantLR: TorchScheduler {
  public let factor: Double
  public let totalIters: PyNumber

  public init(optimizer: Optimizer, factor: Double = 1.0 / 3, totalIters: PyNumber = .int(5), path: String = "scheduler") throws(SpecError) {
    if factor > 1.0 || factor < 0 {
      throw SpecError(path + "." + Self.factor.name, "Constant multiplicative factor expected to be between 0 and 1.")
    }
    self.factor = factor
    self.totalIters = totalIters
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    if lastEpoch == 0 { return scaleGroupLRs(by: factor, into: values) }
    if !totalIters.equals(step: lastEpoch) { return values.assign(groupLRs) }
    let inverse = try div(1.0, factor)
    scaleGroupLRs(by: inverse, into: values)
  }

  public override func closedFormLR(into values: GroupValues) throws(SpecError) -> Bool {
    let reached = totalIters.isBelow(step: lastEpoch) || totalIters.equals(step: lastEpoch)
    let f = factor + (reached ? 1 - factor : 0.0 * (1 - factor))
    scaleBaseLRs(by: f, into: values)
    return true
  }
}

extension ConstantLR {
  static let factor = Param<Double>("factor", default: 1.0 / 3, help: "The factor applied until the milestone, in [0, 1].")
  static let totalIters = Param<PyNumber>(
    "total_iters", stepCount: 5, help: "The number of steps the factor is applied.", marker: "factor end")

  static let descriptor = SchedulerDescriptor(
    name: "ConstantLR", library: .torch, aliases: ["constant"],
    summary: "Multiplies the learning rate by a constant factor until total_iters, then restores it.",
    details: "A crude warmup: a reduced learning rate for the first steps. Often the first stage of a SequentialLR.",
    parameters: [factor, totalIters],
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    return try ConstantLR(optimizer: ctx.optimizer, factor: args[factor], totalIters: args[totalIters], path: args.path)
  }
}
