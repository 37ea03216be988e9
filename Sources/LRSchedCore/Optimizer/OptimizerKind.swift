/// The torch.optim optimizers a run can use.
public enum OptimizerKind: String, Sendable, CaseIterable {
  case sgd = "SGD"
  case adam = "Adam"
  case adamW = "AdamW"

  /// Whether the optimizer keeps `betas` (Adam, AdamW) rather than `momentum` (SGD).
  public var usesBetas: Bool { self != .sgd }

  /// The optimizer named `name`, case-insensitively.
  public init?(name: String) {
    guard let k = Self.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else { return nil }
    self = k
  }
}
