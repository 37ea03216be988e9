import LRSchedCore

/// What flags set over a spec: the run's length and stepping, the optimizer, scheduler arguments
/// and a warmup in front.
public struct RunOverrides: Sendable, Equatable {
  public var epochs: Int?
  public var stepsPerEpoch: Int?
  public var interval: Interval?
  public var optimizer = OptimizerOverrides()
  /// `--param KEY=VALUE` as given; the value is JSON, a Python literal or constant expression, or a bare string.
  public var params: [String] = []
  /// A linear warmup of this many scheduler steps in front of the scheduler.
  public var warmupSteps: Int?
  /// A linear warmup of this many epochs in front of the scheduler.
  public var warmupEpochs: Int?

  public init(
    epochs: Int? = nil, stepsPerEpoch: Int? = nil, interval: Interval? = nil, optimizer: OptimizerOverrides = OptimizerOverrides(),
    params: [String] = [], warmupSteps: Int? = nil, warmupEpochs: Int? = nil
  ) {
    self.epochs = epochs
    self.stepsPerEpoch = stepsPerEpoch
    self.interval = interval
    self.optimizer = optimizer
    self.params = params
    self.warmupSteps = warmupSteps
    self.warmupEpochs = warmupEpochs
  }

  /// The warmup's length in scheduler steps for a run stepped at `interval` with `stepsPerEpoch`.
  func warmupLength(interval: Interval, stepsPerEpoch: Int) throws(SpecError) -> Int? {
    if let warmupSteps { return warmupSteps }
    guard let warmupEpochs else { return nil }
    guard interval == .step else { return warmupEpochs }
    let (steps, overflow) = warmupEpochs.multipliedReportingOverflow(by: stepsPerEpoch)
    guard !overflow else { throw SpecError("--warmup-epochs", "\(warmupEpochs) is too long") }
    return steps
  }
}
