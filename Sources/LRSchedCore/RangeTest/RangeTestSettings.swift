/// An LR range test's ramp, smoothing and stopping rule.
///
/// Defaults: from 1e-7 to 10 over 100 batches on an exponential ramp, losses smoothed with
/// β = 0.98, stopping once the smoothed loss exceeds 4 × the best so far (or is NaN).
public struct RangeTestSettings: Sendable, Equatable {
  /// The most iterations a test may run.
  public static let maximumIterations = 10_000_000

  public var startLR: Double
  public var endLR: Double
  public var iterations: Int
  public var mode: RampMode
  /// β of `LossSmoother`; 0 for none.
  public var smoothing: Double
  /// Stop when the smoothed loss exceeds this many times the best.
  public var divergence: Double

  public init(
    startLR: Double = 1e-7, endLR: Double = 10, iterations: Int = 100, mode: RampMode = .exp,
    smoothing: Double = 0.98, divergence: Double = 4
  ) {
    self.startLR = startLR
    self.endLR = endLR
    self.iterations = iterations
    self.mode = mode
    self.smoothing = smoothing
    self.divergence = divergence
  }

  /// Throws for settings torch-lr-finder (or arithmetic) would refuse; paths are the option names.
  public func validate() throws(SpecError) {
    guard startLR.isFinite, startLR >= 0 else { throw SpecError("start_lr", "must be a finite number >= 0, got \(DoubleFormat.shortest(startLR))") }
    guard endLR.isFinite, endLR >= 0 else { throw SpecError("end_lr", "must be a finite number >= 0, got \(DoubleFormat.shortest(endLR))") }
    if mode == .exp {
      guard startLR > 0 else { throw SpecError("start_lr", "must be positive for an exponential ramp, got \(DoubleFormat.shortest(startLR))") }
      guard endLR > 0 else { throw SpecError("end_lr", "must be positive for an exponential ramp, got \(DoubleFormat.shortest(endLR))") }
    }
    guard iterations > 1 else { throw SpecError("num_iter", "`num_iter` must be larger than 1, got \(iterations)") }
    guard iterations <= Self.maximumIterations else {
      throw SpecError("num_iter", "at most \(Self.maximumIterations) iterations, got \(iterations)")
    }
    guard smoothing >= 0 && smoothing < 1 else {
      throw SpecError("smoothing", "must be at least 0 and less than 1, got \(DoubleFormat.shortest(smoothing))")
    }
    guard divergence >= 1 else {
      throw SpecError("diverge", "must be at least 1 (a multiple of the best loss), got \(DoubleFormat.shortest(divergence))")
    }
  }
}
