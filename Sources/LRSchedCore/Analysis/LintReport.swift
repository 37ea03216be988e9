/// What `lint` found for one spec: its findings, or why the spec could not be read.
public struct LintReport: Sendable {
  /// The spec's name as given (its path, or the flags that made it).
  public let name: String
  public let findings: [LintFinding]
  /// Why the spec could not be read, when it could not.
  public let invalid: String?

  public init(name: String, findings: [LintFinding], invalid: String? = nil) {
    self.name = name
    self.findings = findings
    self.invalid = invalid
  }
}
