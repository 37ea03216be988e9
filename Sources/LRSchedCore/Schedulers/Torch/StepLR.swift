/// `torch.optim.lr_scheduler.StepLR`: multiplies the learning rate by `gamma` every `step_size` steps.
///
/// A `float` step size gives Python's float `%` and `//` on `last_epoch`.
public final class StepLR: TorchScheduler {
  public let stepSize: PyNumber
  public let gamma: Double

  public init(optimizer: Optimizer, stepSize: PyNumber, gamma: Double = 0.1, path: String = "scheduler") throws(SpecError) {
    self.stepSize = stepSize
    self.gamma = gamma
    try super.init(optimizer: optimizer, path: path)
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    if lastEpoch == 0 { return values.assign(groupLRs) }
    if let size = stepSize.int {
      guard let r = PyMath.mod(lastEpoch, size) else { throw zeroDivision("integer modulo by zero (step_size is 0)") }
      if r != 0 { return values.assign(groupLRs) }
    } else {
      guard stepSize.double != 0 else { throw zeroDivision("float modulo (step_size is 0.0)") }
      if PyMath.mod(Double(lastEpoch), stepSize.double) != 0 { return values.assign(groupLRs) }
    }
    scaleGroupLRs(by: gamma, into: values)
  }

  public override func closedFormLR(into values: GroupValues) throws(SpecError) -> Bool {
    let k: Double
    if let size = stepSize.int {
      guard let q = PyMath.floorDiv(lastEpoch, size) else { throw zeroDivision("integer division by zero (step_size is 0)") }
      k = Double(q)
    } else {
      guard stepSize.double != 0 else { throw zeroDivision("float floor division by zero (step_size is 0.0)") }
      k = PyMath.floorDiv(Double(lastEpoch), stepSize.double)
    }
    let f = try pow(gamma, k)
    scaleBaseLRs(by: f, into: values)
    return true
  }
}

extension StepLR {
  static let stepSize = Param<PyNumber>(
    "step_size", stepCount: nil, help: "Period of learning rate decay, in scheduler steps.", runDefault: .steps(denominator: 3))
  static let gamma = Param<Double>("gamma", default: 0.1, help: "Multiplicative factor of learning rate decay.")

  static let descriptor = SchedulerDescriptor(
    name: "StepLR", library: .torch, aliases: ["step"],
    summary: "Decays the learning rate by gamma every step_size steps.",
    details: "The classic staircase (e.g. step_size=30, gamma=0.1 for a ResNet over 90 epochs). Usually stepped once an epoch.",
    parameters: [stepSize, gamma],
    markers: { node, set in set.every(node.int(stepSize.name) ?? 0, "decay") }, lint: findings,
    warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TorchArguments.requireFreshStart(args)
    return try StepLR(optimizer: ctx.optimizer, stepSize: args[stepSize], gamma: args[gamma], path: args.path)
  }
}

extension StepLR {
  /// LR004: a step size as long as the rows it drives, so it never decays.
  static func findings(_ node: SchedulerNode, _ context: LintContext) -> [LintFinding] {
    let span = node.span
    guard let size = node.int(stepSize.name), size >= span, span > 1 else { return [] }
    return [
      LintFinding(
        .stepNeverDecays,
        "StepLR's step_size (\(size)) is not shorter than \(context.runText(node)): the learning rate never decays.",
        fix: "set step_size below \(span) (e.g. \(max(span / 3, 1)) for decays at a third and two thirds of the run).",
        path: "\(node.path).\(stepSize.name)")
    ]
  }
}
