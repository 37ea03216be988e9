/// The Optax schedules lrsched reproduces.
public enum OptaxCatalog {
  static let entries: [OptaxScheduleEntry] = [
    OptaxConstantSchedule.entry,
    OptaxLinearSchedule.entry,
    OptaxPolynomialSchedule.entry,
    OptaxExponentialDecay.entry,
    OptaxCosineDecaySchedule.entry,
    OptaxWarmupCosineDecaySchedule.entry,
    OptaxWarmupExponentialDecaySchedule.entry,
    OptaxWarmupConstantSchedule.entry,
    OptaxPiecewiseConstantSchedule.entry,
    OptaxPiecewiseInterpolateSchedule.entry,
    OptaxCosineOnecycleSchedule.entry,
    OptaxLinearOnecycleSchedule.entry,
    OptaxJoinSchedules.entry,
    OptaxSGDRSchedule.entry,
  ]

  public static let descriptors: [SchedulerDescriptor] = entries.map(\.descriptor)

  /// The schedule named `name` (`optax.linear_schedule` or `linear_schedule`), or `nil`.
  static func entry(named name: String) -> OptaxScheduleEntry? {
    entries.first { $0.descriptor.name == name || $0.descriptor.bareName == name }
  }
}
