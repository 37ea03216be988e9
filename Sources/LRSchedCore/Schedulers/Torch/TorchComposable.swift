/// A scheduler that PyTorch's `SequentialLR` and `ChainedScheduler` can wrap: one with
/// `last_epoch` (or wrapped schedulers) to undo, an initial step, and `_update_lr`.
public protocol TorchComposable: LRScheduler {
  /// `SequentialLR.recursive_undo` applied to this scheduler.
  func undoInitialStep()
  /// `_initial_step`.
  func initialStep() throws(SpecError)
  /// `_update_lr(epoch)`.
  func updateLR(epoch: Int?) throws(SpecError)
}

extension TorchScheduler: TorchComposable {}
