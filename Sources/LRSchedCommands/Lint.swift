import ArgumentParser
import LRSchedCore
import LRSchedOutput

extension LRSched {
  /// `lrsched lint`: warnings about the mistakes people make with schedulers, each with a
  /// stable code, a message and a fix.
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Warn about common scheduler mistakes (stable codes LR000-LR014, each with a fix).",
      discussion: """
        Checks the spec (scheduler arguments against the run's length, the optimizer) and the simulated rows; \
        a schedule that fails at some step is reported (LR000) with whatever could be checked before it.
        Exit status: 0, or 1 with --strict when there are warnings, 2 when a spec is invalid or its schedule fails.

        \(Self.ruleTable)

        Examples:
          lrsched lint --spec run.json
          lrsched lint configs/ --strict --format json
          lrsched lint --scheduler \\
              "OneCycleLR(optimizer, max_lr=0.1, total_steps=999)" --interval step \\
              --epochs 10 --steps-per-epoch 100
        """)

    /// One spec's findings, or why it could not be linted.
    typealias Report = (name: String, findings: [LintFinding], invalid: String?)

    @OptionGroup var schedule: ScheduleOptions

    @Argument(help: ArgumentHelp("Spec files, or folders linted as every .json, .yaml and .yml file inside.", valueName: "spec-or-folder"))
    var paths: [String] = []

    @Flag(help: "Exit 1 when there are warnings.")
    var strict = false

    @Option(help: ArgumentHelp("text or json.", valueName: "format"))
    var format: ReportFormat = .text

    static var ruleTable: String {
      "Codes:\n" + LintRule.allCases.map { "  \($0.code)  \($0.title)" }.joined(separator: "\n")
    }

    func run() throws {
      let targets = try SpecTargets.resolve(schedule, paths: paths)
      var reports: [Report] = []
      for t in targets {
        do {
          let spec = try t.options.resolveOne()
          reports.append((t.name, Linter.lint(spec), nil))
        } catch {
          reports.append((t.name, [], SpecTargets.describe(error, source: t.name)))
        }
      }
      let warnings = reports.reduce(0) { $0 + $1.findings.filter { $0.severity == .warning }.count }
      let errors = reports.reduce(0) { $0 + $1.findings.filter { $0.severity == .error }.count + ($1.invalid == nil ? 0 : 1) }
      if format == .json {
        try OutputSink.printToStandardOutput(JSONWriter.format(Self.json(reports, warnings: warnings, errors: errors)) + "\n")
      } else {
        try OutputSink.printToStandardOutput(DisplayText.message(Self.text(reports, warnings: warnings, errors: errors)))
      }
      if errors > 0 {
        throw Failure(.invalidInput, "\(errors) error\(errors == 1 ? "" : "s"): a spec is invalid or its schedule fails")
      }
      if strict && warnings > 0 {
        throw Failure(.checkFailed, "\(warnings) warning\(warnings == 1 ? "" : "s") (--strict)")
      }
    }

    static func text(_ reports: [Report], warnings: Int, errors: Int) -> String {
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

    static func json(_ reports: [Report], warnings: Int, errors: Int) -> JSONValue {
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
}
