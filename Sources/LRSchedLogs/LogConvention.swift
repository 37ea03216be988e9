/// Which plan row a logged point belongs to: each logger stamps its learning rate with its own
/// step counter at its own moment of the training step. Plan row i is the rate in effect before
/// the i-th `scheduler.step()` (what `lrsched simulate` prints); a point logged at step s belongs
/// to row `s + rowOffset`. The offsets were measured on real runs (`scripts/fixtures/gen_logs.py`).
public enum LogConvention: String, Sendable, CaseIterable {
  /// Hugging Face Trainer (`trainer_state.json`, its TensorBoard `train/learning_rate`, its W&B
  /// `train/learning_rate` against `train/global_step`): step s is logged after s optimizer steps
  /// with the rate the s-th of them used, plan row s − 1 (measured with transformers 5.24);
  /// transformers 4.44 logged the rate after the scheduler stepped, plan row s
  /// (`trainerEarlierRowOffset`). `LogCheck` takes whichever of the two fits the plan better.
  case trainer
  /// Lightning's `LearningRateMonitor` (`lr-<Optimizer>`, `lr-<Optimizer>/pg<N>`), logged at the
  /// start of a batch against the count of optimizer steps taken so far: the rate that batch
  /// uses, plan row s (measured with lightning 2.6).
  case lightning
  /// A hand-written loop that logs `scheduler.get_last_lr()` before `optimizer.step()`, against
  /// the index of the batch: the plan's own rows (what `lrsched simulate` writes, too).
  case loop

  /// The plan row of a point logged at step s is `s + rowOffset`.
  public var rowOffset: Int {
    switch self {
    case .trainer: return LogConvention.trainerRowOffset
    case .lightning: return 0
    case .loop: return 0
    }
  }

  /// Whether the logger's step counts optimizer steps (batches) whatever the scheduler's
  /// interval, rather than the scheduler's own steps.
  public var countsOptimizerSteps: Bool { self != .loop }

  static let trainerRowOffset = -1
  /// The Trainer's offset in transformers 4.44 (and, unmeasured, the 4.x releases around it).
  public static let trainerEarlierRowOffset = 0
}
