/// One test case of `lrsched check`: an `expect` assertion, a golden file, or the spec itself
/// when it cannot be run.
struct CheckCase {
  let name: String
  let status: CheckStatus
  /// One line: what was found.
  let message: String
  /// Further lines (a golden file's differing rows).
  var details: [String] = []
}
