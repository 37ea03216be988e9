/// The library `lrsched export` writes code for.
enum ExportTarget: String, CaseIterable {
  /// `torch.optim` and `torch.optim.lr_scheduler` (transformers schedules through their import).
  case pytorch
  /// A transformers `get_*_schedule` function on a `torch.optim` optimizer.
  case transformers
  /// An optax schedule passed to an optax optimizer as its `learning_rate`.
  case optax
}
