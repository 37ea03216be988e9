/// The dummy optimizer schedulers drive: a kind and its parameter groups, shared by reference
/// between every scheduler attached to it, as in torch.optim.
public final class Optimizer {
  public let kind: OptimizerKind
  public var paramGroups: [ParamGroup]
  /// `optimizer.defaults["lr"]`: the constructor's `lr`, which groups may override.
  public let defaultLR: Double

  /// An optimizer; `defaultLR` defaults to the first group's learning rate.
  public init(kind: OptimizerKind, paramGroups: [ParamGroup], defaultLR: Double? = nil) {
    self.kind = kind
    self.paramGroups = paramGroups
    self.defaultLR = defaultLR ?? paramGroups.first?.lr ?? 0
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
