/// A scheduler `SequentialLR` accepts without being a `torch.optim.lr_scheduler.LRScheduler`
/// (a timm scheduler, transformers' `GreedyLR`): PyTorch builds the SequentialLR, skips it when
/// undoing initial steps (it has no `last_epoch`), and raises `AttributeError` only when it has to
/// start it: at its milestone (`_update_lr`), or at construction when it is in effect at step 0
/// (`_initial_step`).
final class ForeignStage: TorchComposable {
  let wrapped: any LRScheduler
  let path: String

  init(_ wrapped: any LRScheduler, path: String) {
    self.wrapped = wrapped
    self.path = path
  }

  var optimizer: Optimizer { wrapped.optimizer }

  private func missing(_ attribute: String) -> SpecError {
    SpecError(path, "AttributeError: '\(String(describing: type(of: wrapped)))' object has no attribute '\(attribute)'")
  }

  func undoInitialStep() {}

  func initialStep() throws(SpecError) { throw missing("_initial_step") }

  func updateLR(epoch: Int?) throws(SpecError) { throw missing("_update_lr") }

  func step(metric: Double?) throws(SpecError) { throw missing("_update_lr") }
}
