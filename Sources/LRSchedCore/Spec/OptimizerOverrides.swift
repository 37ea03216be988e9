/// The optimizer settings flags override in a spec's `optimizer` section: its class, its learning
/// rate, SGD's momentum and the weight decay. Shared by every command that builds an optimizer
/// from flags.
public struct OptimizerOverrides: Sendable, Equatable {
  public var kind: OptimizerKind?
  public var lr: Double?
  public var momentum: Double?
  public var weightDecay: Double?

  public init(kind: OptimizerKind? = nil, lr: Double? = nil, momentum: Double? = nil, weightDecay: Double? = nil) {
    self.kind = kind
    self.lr = lr
    self.momentum = momentum
    self.weightDecay = weightDecay
  }

  /// Whether no setting is overridden.
  public var isEmpty: Bool { kind == nil && lr == nil && momentum == nil && weightDecay == nil }

  /// `optimizer` with the overrides applied; switching to Adam or AdamW drops SGD's `momentum`.
  public func applied(to optimizer: JSONValue) -> JSONValue {
    var out = optimizer
    if let kind {
      out = out.setting("type", to: .string(kind.rawValue))
      if kind.usesBetas { out = out.removing("momentum") }
    }
    if let lr { out = out.setting("lr", to: .number(JSONNumber(lr))) }
    if let momentum { out = out.setting("momentum", to: .number(JSONNumber(momentum))) }
    if let weightDecay { out = out.setting("weight_decay", to: .number(JSONNumber(weightDecay))) }
    return out
  }
}
