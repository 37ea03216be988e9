import LRSchedCore

/// The spec's `optimizer` object for a framework's optimizer. lrsched's dummy optimizer is SGD,
/// Adam or AdamW; any other optimizer maps to the closest (Adam-like ones, which have betas, to
/// Adam; the rest to SGD), since the schedule itself depends only on the learning rate and, for
/// momentum-cycling schedulers, on whether the optimizer has `momentum` or `betas`.
struct DummyOptimizer {
  var kind: OptimizerKind
  var lr: JSONNumber
  var momentum: JSONNumber?
  var betas: (JSONNumber, JSONNumber)?
  var eps: JSONNumber?
  var weightDecay: JSONNumber?
  var extra: [(key: String, value: JSONValue)] = []

  init(kind: OptimizerKind, lr: JSONNumber) {
    self.kind = kind
    self.lr = lr
  }

  /// The kind for a framework's optimizer name (`AdamW`, `adamw_torch_fused`, `lamb`, `RMSprop`).
  static func kind(forName name: String, hasBetas: Bool = false) -> OptimizerKind {
    let lower = name.lowercased()
    if lower.hasPrefix("sgd") || lower == "momentum" || lower == "nesterov" { return .sgd }
    if lower.contains("adamw") { return .adamW }
    if lower.contains("adam") || lower.contains("lamb") || lower.contains("lion") || hasBetas { return .adam }
    return .sgd
  }

  /// The `optimizer` object.
  var json: JSONValue {
    var members: [(key: String, value: JSONValue)] = [("type", .string(kind.rawValue)), ("lr", .number(lr))]
    if kind.usesBetas {
      if let (b1, b2) = betas { members.append(("betas", .array([.number(b1), .number(b2)]))) }
      if let eps { members.append(("eps", .number(eps))) }
    } else if let momentum {
      members.append(("momentum", .number(momentum)))
    }
    if let weightDecay { members.append(("weight_decay", .number(weightDecay))) }
    members += extra
    return .object(members)
  }
}
