/// How a scheduler that wraps others runs them.
public enum SchedulerComposition: Sendable, Equatable {
  /// One after another: child `i + 1` takes over at `boundaries[i]` (`SequentialLR`'s
  /// `milestones`, `optax.join_schedules`' `boundaries`) and starts from its own step 0.
  case sequential(children: String, boundaries: String)
  /// All at once, each stepping the same optimizer (`ChainedScheduler`).
  case chained(children: String)

  /// The argument that lists the wrapped schedulers.
  public var childrenKey: String {
    switch self {
    case .sequential(let children, _), .chained(let children): children
    }
  }
}
