/// Everything `lrsched check` found for one spec: its test cases and how long it took.
struct SpecCheckResult {
  /// The spec as named on the command line (a path, `standard input`, or `--scheduler ...`).
  let name: String
  var cases: [CheckCase] = []
  var seconds: Double = 0

  func count(_ status: CheckStatus) -> Int { cases.filter { $0.status == status }.count }

  /// The worst status of its cases.
  var status: CheckStatus {
    if cases.contains(where: { $0.status == .error }) { return .error }
    if cases.contains(where: { $0.status == .failed }) { return .failed }
    return .passed
  }
}
