/// `torch.optim.lr_scheduler.LambdaLR`: the learning rate is the initial one times `lr_lambda(step)`.
public final class LambdaLR: TorchScheduler {
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
    for g in values.indices {
      values[g] = baseLRs[g] * (try lambdas[g](lastEpoch))
    }
  }
}

extension LambdaLR {
  static let lrLambda = ParameterInfo(
    "lr_lambda", nil, "A Python expression in `epoch` or a lambda (\"lambda step: ...\"), or a list with one per parameter group.")

  static let descriptor = SchedulerDescriptor(
    name: "LambdaLR", library: .torch, aliases: ["lambda"],
    summary: "Sets the learning rate to the initial one times lr_lambda(step).",
    details: "Any schedule as a formula, e.g. \"lambda step: min(1.0, (step + 1) / 500)\" for a linear warmup. The expression is Python: / // % **, comparisons, and/or/not, a if c else b, min max abs float int round pow and math's cos sin tan exp log sqrt floor ceil tanh pi e.",
    parameters: [lrLambda],
    traits: .closedForm,
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    return try LambdaLR(
      optimizer: ctx.optimizer, lambdas: LRLambda.list(lrLambda.name, from: args, groups: ctx.optimizer.groupCount), path: args.path)
  }
}
