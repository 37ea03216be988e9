/// `torch.optim.lr_scheduler.ExponentialLR`: multiplies the learning rate by `gamma` every step.
public final class ExponentialLR: TorchScheduler {
  public let gamma: Double

  public init(optimizer: Optimizer, gamma: Double, path: String = "scheduler") throws(SpecError) {
    self.gamma = gamma
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    if isInitial { return values.assign(groupLRs) }
    scaleGroupLRs(by: gamma, into: values)
  }

  public override func closedFormLR(into values: GroupValues) throws(SpecError) -> Bool {
    let f = try pow(gamma, Double(lastEpoch))
    scaleBaseLRs(by: f, into: values)
    return true
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
