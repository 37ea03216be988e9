/// One test case of a spec check: an `expect` assertion, a golden file, or the spec itself
/// when it cannot be run.
public struct CheckCase: Sendable {
  public let name: String
  public let status: CheckStatus
  /// One line: what was found.
  public let message: String
  /// Further lines (a golden file's differing rows).
  public var details: [String] = []

  public init(name: String, status: CheckStatus, message: String, details: [String] = []) {
    self.name = name
    self.status = status
    self.message = message
    self.details = details
  }
}
