/// One problem `lrsched lint` found: which rule, where in the spec (or at which step), what is
/// wrong and how to fix it.
public struct LintFinding: Sendable, Equatable {
  public let rule: LintRule
  /// What is wrong, one sentence.
  public let message: String
  /// How to fix it, one sentence.
  public let fix: String
  /// The spec path concerned, e.g. `scheduler.T_max`; empty when it is the run as a whole.
  public let path: String
  /// The row concerned, for findings about the simulated rows.
  public let step: Int?

  public init(_ rule: LintRule, _ message: String, fix: String, path: String = "", step: Int? = nil) {
    self.rule = rule
    self.message = message
    self.fix = fix
    self.path = path
    self.step = step
  }

  public var code: String { rule.code }
  public var severity: LintSeverity { rule.severity }

  /// One line: `warning LR003 scheduler.T_max: <message> Fix: <fix>`.
  public var line: String {
    "\(severity.rawValue) \(code)\(path.isEmpty ? "" : " \(path)"): \(message) Fix: \(fix)"
  }
}
