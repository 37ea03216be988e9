import ArgumentParser
import LRSchedCore
import LRSchedOutput

extension LRSched {
  /// `lrsched lint`: warnings about the mistakes people make with schedulers, each with a
  /// stable code, a message and a fix.
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Warn about common scheduler mistakes (stable codes LR000-LR014, each with a fix).",
      discussion: """
        Checks the spec (scheduler arguments against the run's length, the optimizer) and the simulated rows; \
        a schedule that fails at some step is reported (LR000) with whatever could be checked before it.
        Exit status: 0, or 1 with --strict when there are warnings, 2 when a spec is invalid or its schedule fails.

        \(LintRule.table)

        Examples:
          lrsched lint --spec run.json
          lrsched lint configs/ --strict --format json
          lrsched lint --scheduler \\
              "\(TorchExamples.perBatchCallOneShort)" --interval step \\
              --epochs 10 --steps-per-epoch 100
        """)

    @OptionGroup var schedule: ScheduleOptions

    @Argument(help: ArgumentHelp("Spec files, or folders linted as every .json, .yaml and .yml file inside.", valueName: "spec-or-folder"))
    var paths: [String] = []

    @Flag(help: "Exit 1 when there are warnings.")
    var strict = false

    @Option(help: ArgumentHelp("text or json.", valueName: "format"))
    var format: ReportFormat = .text

    func run() throws {
      let targets = try SpecTargets.resolve(schedule, paths: paths)
      var reports: [LintReport] = []
      for t in targets {
        do {
          let spec = try t.options.resolveOne()
          reports.append(LintReport(name: t.name, findings: Linter.lint(spec)))
        } catch {
          reports.append(LintReport(name: t.name, findings: [], invalid: SpecTargets.describe(error, source: t.name)))
        }
      }
      let summary = LintSummary(reports)
      let (warnings, errors) = (summary.warnings, summary.errors)
      if format == .json {
        try OutputSink.printToStandardOutput(JSONWriter.format(summary.json) + "\n")
      } else {
        try OutputSink.printToStandardOutput(DisplayText.message(summary.text))
      }
      if errors > 0 {
        throw Failure(.invalidInput, "\(errors) error\(errors == 1 ? "" : "s"): a spec is invalid or its schedule fails")
      }
      if strict && warnings > 0 {
        throw Failure(.checkFailed, "\(warnings) warning\(warnings == 1 ? "" : "s") (--strict)")
      }
    }
  }
}
