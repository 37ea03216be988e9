/// How one check of a run ended.
public enum CheckOutcome: String, Sendable {
  case passed
  case failed
  /// The run stopped (the schedule raised) before the rows the check needs.
  case notEvaluated = "not evaluated"
}
