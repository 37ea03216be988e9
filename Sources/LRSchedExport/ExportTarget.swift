import LRSchedCore

/// The library `lrsched export` writes code for.
public enum ExportTarget: String, CaseIterable, Sendable {
  /// `torch.optim` with `torch.optim.lr_scheduler`, or the transformers or timm scheduler the spec
  /// names (both run on `torch.optim`).
  case pytorch
  /// A transformers `get_*_schedule` function on a `torch.optim` optimizer.
  case transformers
  /// An optax schedule passed to an optax optimizer as its `learning_rate`.
  case optax

  /// The libraries whose schedulers it writes.
  public var libraries: Set<Library> {
    switch self {
    case .pytorch: [.torch, .transformers, .timm]
    case .transformers: [.transformers]
    case .optax: [.optax]
    }
  }
}
