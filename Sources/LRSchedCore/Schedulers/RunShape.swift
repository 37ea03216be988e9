/// The length and stepping of a run, which some schedulers need for defaults and checks.
public struct RunShape: Sendable, Equatable {
  public let epochs: Int
  public let stepsPerEpoch: Int
  public let interval: Interval
  /// The number of rows, that is of `scheduler.step()` calls.
  public var rows: Int { interval == .epoch ? epochs : epochs * stepsPerEpoch }

  public init(epochs: Int, stepsPerEpoch: Int, interval: Interval) {
    self.epochs = epochs
    self.stepsPerEpoch = stepsPerEpoch
    self.interval = interval
  }
}
