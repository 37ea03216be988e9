/// `torch.optim.lr_scheduler.ExponentialLR`: multiplies the learning rate by `gamma` every step.
public final class ExponentialLR: TorchScheduler {
  public let gamma: Double

  public init(optimizer: Optimizer, gamma: Double, path: String = "scheduler") throws(SpecError) {
    self.gamma = gamma
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR() throws(SpecError) -> [Double] {
    if isInitial { return groupLRs }
    return groupLRs.map { $0 * gamma }
  }

  public override func closedFormLR() throws(SpecError) -> [Double]? {
    let f = try pow(gamma, Double(lastEpoch))
    return baseLRs.map { $0 * f }
  }
}

extension ExponentialLR {
  static let gamma = Param<Double>("gamma", help: "Multiplicative factor of learning rate decay.", runDefault: .decayTo(0.01))

  static let descriptor = SchedulerDescriptor(
    name: "ExponentialLR", library: .torch, aliases: ["exponential", "exp"],
    summary: "Multiplies the learning rate by gamma every step.",
    details: "Smooth geometric decay; gamma close to 1 (0.95–0.99) when stepped per epoch.",
    parameters: [gamma],
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    return try ExponentialLR(optimizer: ctx.optimizer, gamma: args[gamma], path: args.path)
  }
}
