/// The dummy optimizer schedulers drive: a kind and its parameter groups, shared by reference
/// between every scheduler attached to it, as in torch.optim.
public final class Optimizer {
  public let kind: OptimizerKind
  public var paramGroups: [ParamGroup]

  public init(kind: OptimizerKind, paramGroups: [ParamGroup]) {
    self.kind = kind
    self.paramGroups = paramGroups
  }

  /// Every group's current learning rate.
  public var learningRates: [Double] { paramGroups.map(\.lr) }

  /// Sets each group's learning rate, in group order.
  public func setLearningRates(_ values: [Double]) {
    for (i, v) in zip(paramGroups.indices, values) {
      paramGroups[i].lr = v
    }
  }
}
