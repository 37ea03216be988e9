/// Everything a check found for one spec: its test cases and how long it took.
public struct SpecCheckResult: Sendable {
  /// The spec as named on the command line (a path, `standard input`, or `--scheduler ...`).
  public let name: String
  public var cases: [CheckCase] = []
  public var seconds: Double = 0

  public init(name: String, cases: [CheckCase] = [], seconds: Double = 0) {
    self.name = name
    self.cases = cases
    self.seconds = seconds
  }

  public func count(_ status: CheckStatus) -> Int { cases.filter { $0.status == status }.count }

  /// The worst status of its cases.
  public var status: CheckStatus {
    if cases.contains(where: { $0.status == .error }) { return .error }
    if cases.contains(where: { $0.status == .failed }) { return .failed }
    return .passed
  }
}
