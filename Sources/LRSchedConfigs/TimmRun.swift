import LRSchedCore

/// The schedule timm's `train.py` runs for an `args.yaml`, with the numbers it derives.
public struct TimmRun: Sendable {
  /// The spec: a timm scheduler (`CosineLRScheduler`, ...) with the keyword arguments
  /// `create_scheduler_v2` passes, one row per epoch (per update with `sched_on_updates`).
  public let spec: JSONValue
  /// `sched`.
  public let sched: String
  /// The learning rate the optimizer starts from (`lr`, or scaled from `lr_base`).
  public let lr: Double
  /// The epochs `create_scheduler_v2` returns: `epochs` with cycles, warmup prefix and cooldown.
  public let scheduledEpochs: Int
  /// `updates_per_epoch`, when the data was described.
  public let updatesPerEpoch: Int?
}
