/// `torch.optim.lr_scheduler.MultiplicativeLR`: multiplies the learning rate by `lr_lambda(step)`
/// at every step after the first.
public final class MultiplicativeLR: TorchScheduler {
  public let lambdas: [LRLambda]

  /// `lambdas` holds one factor function per parameter group.
  public init(optimizer: Optimizer, lambdas: [LRLambda], path: String = "scheduler") throws(SpecError) {
    guard lambdas.count == optimizer.groupCount else {
      throw SpecError(path + "." + Self.lrLambda.name, "Expected \(optimizer.groupCount) lr_lambdas, but got \(lambdas.count)")
    }
    self.lambdas = lambdas
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    if isInitial { return values.assign(groupLRs) }
    for g in values.indices {
      values[g] = groupLRs[g] * (try lambdas[g](lastEpoch))
    }
  }
}

extension MultiplicativeLR {
  static let lrLambda = ParameterInfo(
    "lr_lambda", nil, "A Python expression in `epoch` or a lambda, or a list with one per parameter group.")

  static let descriptor = SchedulerDescriptor(
    name: "MultiplicativeLR", library: .torch, aliases: ["multiplicative"],
    summary: "Multiplies the learning rate by lr_lambda(step) at every step.",
    details: "A recursive schedule: lr_lambda gives the factor for this step (e.g. \"0.95\" is ExponentialLR(gamma=0.95)).",
    parameters: [lrLambda],
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    return try MultiplicativeLR(
      optimizer: ctx.optimizer, lambdas: LRLambda.list(lrLambda.name, from: args, groups: ctx.optimizer.groupCount), path: args.path)
  }
}
