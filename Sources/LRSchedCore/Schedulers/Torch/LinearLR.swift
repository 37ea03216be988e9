/// `torch.optim.lr_scheduler.LinearLR`: moves the multiplicative factor linearly from
/// `start_factor` to `end_factor` over `total_iters` steps.
public final class LinearLR: TorchScheduler {
  public let startFactor: Double
  public let endFactor: Double
  public let totalIters: PyNumber

  public init(
    optimizer: Optimizer, startFactor: Double = 1.0 / 3, endFactor: Double = 1.0, totalIters: PyNumber = .int(5),
    path: String = "scheduler"
  ) throws(SpecError) {
    if startFactor > 1.0 || startFactor <= 0 {
      throw SpecError(path + "." + Self.startFactor.name, "Starting multiplicative factor expected to be greater than 0 and less or equal to 1.")
    }
    if endFactor > 1.0 || endFactor < 0 {
      throw SpecError(path + "." + Self.endFactor.name, "Ending multiplicative factor expected to be between 0 and 1.")
    }
    self.startFactor = startFactor
    self.endFactor = endFactor
    self.totalIters = totalIters
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    if lastEpoch == 0 { return scaleGroupLRs(by: startFactor, into: values) }
    if isInitial || totalIters.isBelow(step: lastEpoch) { return values.assign(groupLRs) }
    let f = 1.0 + (try div(
      endFactor - startFactor,
      totalIters.double * startFactor + Double(lastEpoch - 1) * (endFactor - startFactor)))
    scaleGroupLRs(by: f, into: values)
  }

  public override func closedFormLR(into values: GroupValues) throws(SpecError) -> Bool {
    let f = startFactor + (try div((endFactor - startFactor) * totalIters.minDouble(step: lastEpoch), totalIters.double))
    scaleBaseLRs(by: f, into: values)
    return true
  }
}

extension LinearLR {
  static let startFactor = Param<Double>("start_factor", default: 1.0 / 3, help: "The factor at the first step, in (0, 1].")
  static let endFactor = Param<Double>("end_factor", default: 1.0, help: "The factor at total_iters and after, in [0, 1].")
  static let totalIters = Param<PyNumber>(
    "total_iters", stepCount: 5, help: "The number of steps the factor changes over.", marker: "linear end")

  static let descriptor = SchedulerDescriptor(
    name: "LinearLR", library: .torch, aliases: ["linear"],
    summary: "Changes the multiplicative factor linearly from start_factor to end_factor over total_iters steps.",
    details: "Linear warmup (start_factor < 1, end_factor = 1) or linear decay (end_factor < 1). Often the warmup stage of a SequentialLR.",
    parameters: [startFactor, endFactor, totalIters],
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    return try LinearLR(
      optimizer: ctx.optimizer, startFactor: args[startFactor], endFactor: args[endFactor], totalIters: args[totalIters],
      path: args.path)
  }
}
