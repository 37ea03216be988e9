/// `torch.optim.lr_scheduler.PolynomialLR`: decays the learning rate to 0 over `total_iters`
/// steps as `(1 - t / total_iters) ** power`.
public final class PolynomialLR: TorchScheduler {
  public let totalIters: PyNumber
  public let power: Double

  public init(optimizer: Optimizer, totalIters: PyNumber = .int(5), power: Double = 1.0, path: String = "scheduler") throws(SpecError) {
    self.totalIters = totalIters
    self.power = power
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    if isInitial || totalIters.isBelow(step: lastEpoch) { return values.assign(groupLRs) }
    let t = totalIters.double
    let ratio = try div(1.0 - (try div(Double(lastEpoch), t)), 1.0 - (try div(Double(lastEpoch - 1), t)))
    let f = try pow(ratio, power)
    scaleGroupLRs(by: f, into: values)
  }

  public override func closedFormLR(into values: GroupValues) throws(SpecError) -> Bool {
    let f = try pow(1.0 - (try div(totalIters.minDouble(step: lastEpoch), totalIters.double)), power)
    scaleBaseLRs(by: f, into: values)
    return true
  }
}

extension PolynomialLR {
  static let totalIters = Param<PyNumber>(
    "total_iters", stepCount: 5, help: "The number of steps the learning rate decays over.", runDefault: .steps(),
    marker: "decay end")
  static let power = Param<Double>("power", default: 1.0, help: "The power of the polynomial.")

  static let descriptor = SchedulerDescriptor(
    name: "PolynomialLR", library: .torch, aliases: ["poly", "polynomial"],
    summary: "Decays the learning rate to 0 over total_iters steps as (1 - t/total_iters) ** power.",
    details: "Polynomial decay as used in segmentation (power=0.9). Reaches exactly 0 at total_iters.",
    parameters: [totalIters, power],
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    return try PolynomialLR(optimizer: ctx.optimizer, totalIters: args[totalIters], power: args[power], path: args.path)
  }
}
