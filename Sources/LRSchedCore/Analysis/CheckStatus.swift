/// How one test case of `lrsched check` ended, as JUnit distinguishes them.
enum CheckStatus: String {
  case passed
  /// The schedule is not as expected (exit 1, a JUnit `<failure>`).
  case failed
  /// The input is invalid or the check could not run (exit 2, a JUnit `<error>`).
  case error
}
