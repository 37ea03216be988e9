/// How one test case of a spec check ended, as JUnit distinguishes them.
public enum CheckStatus: String, Sendable {
  case passed
  /// The schedule is not as expected (exit 1, a JUnit `<failure>`).
  case failed
  /// The input is invalid or the check could not run (exit 2, a JUnit `<error>`).
  case error
}
