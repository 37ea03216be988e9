/// The lint reports of several specs, with their totals and their text and JSON forms.
public struct LintSummary: Sendable {
  public let reports: [LintReport]

  public init(_ reports: [LintReport]) {
    self.reports = reports
  }

  public var warnings: Int {
    reports.reduce(0) { $0 + $1.findings.filter { $0.severity == .warning }.count }
  }

  /// Error findings, plus one for each spec that could not be read.
  public var errors: Int {
    reports.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count + ($1.invalid == nil ? 0 : 1) }
  }

  /// Each finding with its fix, spec by spec, then a line of totals.
  public var text: String {
    var out = ""
    for r in reports {
      if let invalid = r.invalid {
        out += "\(r.name): error: \(invalid)\n"
        continue
      }
      if r.findings.isEmpty {
        out += "\(r.name): no problems found\n"
        continue
      }
      for f in r.findings {
        out += "\(r.name): \(f.severity.rawValue) \(f.code)\(f.path.isEmpty ? "" : " \(f.path)"): \(f.message)\n"
        out += "  fix: \(f.fix)\n"
      }
    }
    out += "\(warnings) warning\(warnings == 1 ? "" : "s"), \(errors) error\(errors == 1 ? "" : "s") in \(reports.count) spec\(reports.count == 1 ? "" : "s")\n"
    return out
  }

  /// `{"specs": [{"spec", "error", "findings": [...]}], "warnings", "errors"}`.
  public var json: JSONValue {
    let specs: [JSONValue] = reports.map { r in
      let findings: [JSONValue] = r.findings.map { f in
        .object([
          ("code", .string(f.code)), ("severity", .string(f.severity.rawValue)), ("title", .string(f.rule.title)),
          ("message", .string(f.message)), ("fix", .string(f.fix)),
          ("path", f.path.isEmpty ? .null : .string(f.path)),
          ("step", f.step.map { .number(JSONNumber($0)) } ?? .null),
        ])
      }
      return .object([
        ("spec", .string(r.name)), ("error", r.invalid.map { .string($0) } ?? .null), ("findings", .array(findings)),
      ])
    }
    return .object([
      ("specs", .array(specs)), ("warnings", .number(JSONNumber(warnings))), ("errors", .number(JSONNumber(errors))),
    ])
  }
}
