/// A step where a schedule changes phase (a milestone, the end of a warmup, a restart, a
/// switch to the next scheduler, a plateau reduction), for plots to mark.
public struct PhaseMarker: Sendable, Equatable, Hashable {
  /// The row (scheduler step) at which the new phase starts.
  public let step: Int
  /// A short label, such as "warmup end" or "restart".
  public let label: String

  public init(step: Int, label: String) {
    self.step = step
    self.label = label
  }
}
