/// What a schedule chart's x axis counts.
public enum XAxisUnit: String, Sendable, CaseIterable {
  /// Epochs, fractional for a run stepped per batch.
  case epoch
  /// Scheduler steps (rows).
  case step
}
