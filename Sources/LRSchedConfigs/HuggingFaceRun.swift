import LRSchedCore

/// The schedule a Hugging Face `Trainer` runs for a `TrainingArguments`, with the numbers the
/// Trainer derives on the way.
public struct HuggingFaceRun: Sendable {
  /// The spec: `interval: "step"` (`"epoch"` for the metric-stepped types), the optimizer, and
  /// `{"type": "transformers.<lr_scheduler_type>", "num_warmup_steps", "num_training_steps",
  /// "scheduler_specific_kwargs"}`.
  public let spec: JSONValue
  /// `lr_scheduler_type`.
  public let schedulerType: String
  /// `len(train_dataloader)` on one process, when the data was described.
  public let batchesPerEpoch: Int?
  /// `num_update_steps_per_epoch`, when the data was described.
  public let updatesPerEpoch: Int?
  /// `max_steps`: the optimizer steps the Trainer runs and passes as `num_training_steps`.
  public let totalSteps: Int
  /// `args.get_warmup_steps(totalSteps)`.
  public let warmupSteps: Int
  /// The epochs the Trainer loops over (`num_train_epochs` after its arithmetic), when known.
  public let trainEpochs: Int?
}
