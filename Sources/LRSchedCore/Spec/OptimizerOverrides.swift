/// The optimizer settings flags override in a spec's `optimizer` section: its class, its learning
/// rate and SGD's momentum. Shared by every command that builds an optimizer from flags.
public struct OptimizerOverrides: Sendable, Equatable {
  public var kind: OptimizerKind?
  public var lr: Double?
  public var momentum: Double?

  public init(kind: OptimizerKind? = nil, lr: Double? = nil, momentum: Double? = nil) {
    self.kind = kind
    self.lr = lr
    self.momentum = momentum
  }

  /// `optimizer` with the overrides applied; switching to Adam or AdamW drops SGD's `momentum`.
  public func applied(to optimizer: JSONValue) -> JSONValue {
    var out = optimizer
    if let kind {
      out = out.setting("type", to: .string(kind.rawValue))
      if kind.usesBetas { out = out.removing("momentum") }
    }
    if let lr { out = out.setting("lr", to: .number(JSONNumber(lr))) }
    if let momentum { out = out.setting("momentum", to: .number(JSONNumber(momentum))) }
    return out
  }
}
