/// Drives an optimizer with a `StepFunctionSchedule`: every parameter group's learning rate is
/// `schedule(step)`, the optimizer's own lr unused, from `schedule(0)` at construction on.
public final class StepFunctionScheduler: LRScheduler {
  public let optimizer: Optimizer
  public let schedule: any StepFunctionSchedule
  /// The step whose value the groups hold.
  @exclusivity(unchecked) public private(set) var count = 0

  public init(optimizer: Optimizer, schedule: any StepFunctionSchedule) {
    self.optimizer = optimizer
    self.schedule = schedule
    apply()
  }

  public func step(metric: Double?) throws(SpecError) {
    count += 1
    apply()
  }

  private func apply() {
    let lr = schedule(count)
    for i in optimizer.groupIndices {
      optimizer.lrs[i] = lr
    }
  }
}
