/// What kind of schedule a scheduler computes and how its library steps it.
public struct SchedulerTraits: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8

  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// `get_lr` computes from the initial learning rates alone, so inside a `ChainedScheduler` it
  /// overwrites what the other schedulers wrote.
  public static let closedForm = SchedulerTraits(rawValue: 1 << 0)
  /// `step()` takes a monitored value (a validation loss) every step.
  public static let metricDriven = SchedulerTraits(rawValue: 1 << 1)
  /// Its library steps it after every optimizer update, not once an epoch.
  public static let perBatch = SchedulerTraits(rawValue: 1 << 2)
  /// It computes absolute learning rates, not factors of the optimizer's learning rate.
  public static let absoluteLR = SchedulerTraits(rawValue: 1 << 3)
}
