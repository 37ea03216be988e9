/// The library whose schedule a scheduler reproduces.
public enum Library: String, Sendable, CaseIterable {
  case torch
  case transformers
  case timm
  case optax
  case keras
  case deepspeed

  /// The Python module its schedulers are imported from.
  public var pythonModule: String {
    switch self {
    case .torch: "torch.optim.lr_scheduler"
    case .transformers: "transformers"
    case .timm: "timm.scheduler"
    case .optax: "optax"
    case .keras: "keras.optimizers.schedules"
    case .deepspeed: "deepspeed.runtime.lr_schedules"
    }
  }
}
