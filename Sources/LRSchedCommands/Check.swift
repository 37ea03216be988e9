import ArgumentParser
import LRSchedCore
import LRSchedLogs
import LRSchedOutput

extension LRSched {
  /// `lrsched check`: whether schedules are as expected, for CI — exit 0 when they are, 1 when
  /// one is not, 2 when a spec, assertion or golden file is invalid.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Check schedules against their \"expect\" assertions and golden CSVs (exit 0 ok, 1 not as expected, 2 invalid input).",
      discussion: """
        Each spec is simulated once; its "expect" assertions and golden files are checked as the rows stream by.

        Assertions (a spec's "expect" list; "name", "group" (name or index, default the first) and "rtol"/"atol" optional):
          {"at_step": 30, "lr": 0.01}            {"at_epoch": 5, "lr": {"lt": 1e-3}}
          {"max_lr": 0.1}  {"min_lr": {"ge": 1e-6}}  {"final_lr": {"lt": 1e-4}}
          {"monotonic": "non-increasing", "from_step": 10}   (or non-decreasing, increasing, decreasing; to_step, from_epoch, to_epoch)
          {"peak_at_step": 500}  {"peak_at_epoch": 5}
          {"golden": "run.csv"}                  (a CSV `lrsched simulate` wrote, relative to the spec)
        A value is a number (equal within rtol, default 1e-12 relative) or bounds: lt, le, gt, ge, eq.

        --log checks a real run against the plan: every logged learning rate must equal the plan's at its \
        step (placed by the logger's convention; --log-offset overrides) within --rtol (default 2^-23 for \
        TensorBoard's float32 scalars, 1e-9 for CSV and trainer_state.json). A run that left the plan \
        fails naming the first step, how many points differ and the likely cause when recognisable \
        (stepped per epoch instead of per batch, off by one step, warmup missing, a different total \
        length, a resumed run that restarted the schedule).

        Examples:
          lrsched check --spec run.json
          lrsched check --spec run.json --expect run.csv
          lrsched check configs/ --junit lr-report.xml
          lrsched check --spec plan.json --log lightning_logs/version_0/metrics.csv
          lrsched check --from-hf training_args.json --dataset-size 5000 \\
              --log out/trainer_state.json --junit run.xml
          lrsched simulate --spec run.json --output run.csv   # write a golden file
        """)

    @OptionGroup var schedule: ScheduleOptions
    @OptionGroup var logs: LogArguments

    @Argument(help: ArgumentHelp("Spec files, or folders checked as every .json, .yaml and .yml file inside.", valueName: "spec-or-folder"))
    var paths: [String] = []

    @Option(
      name: .customLong("expect"),
      help: ArgumentHelp("A golden CSV written by `simulate`; repeatable, paired with the specs in order.", valueName: "golden.csv"))
    var goldens: [String] = []

    @Option(help: "Relative tolerance for golden files and for expected values without their own (default: 1e-12), and for --log (default by the log's format).")
    var rtol: Double?

    @Option(help: "Absolute tolerance, likewise.")
    var atol: Double = 0

    @Option(help: ArgumentHelp("Also write the results as JUnit XML to this file (atomically).", valueName: "file"))
    var junit: String?

    @Flag(help: "Print only the checks that did not pass, and the summary.")
    var quiet = false

    func validate() throws {
      guard rtol.map({ $0.isFinite && $0 >= 0 }) ?? true else { throw ValidationError("--rtol must be a finite number >= 0") }
      guard atol.isFinite, atol >= 0 else { throw ValidationError("--atol must be a finite number >= 0") }
    }

    func run() throws {
      let targets = try SpecTargets.resolve(schedule, paths: paths)
      if try schedule.printsSpecs(try targets.map { try $0.options.resolveOne() }) { return }
      guard goldens.isEmpty || goldens.count == targets.count else {
        throw Failure(
          .invalidInput,
          "--expect: \(goldens.count) golden file\(goldens.count == 1 ? "" : "s") for \(targets.count) specs; give one per spec, in the same order (or put {\"golden\": \"file.csv\"} in each spec's \"expect\")")
      }
      var results: [SpecCheckResult] = []
      for (i, t) in targets.enumerated() {
        results.append(check(t, golden: goldens.isEmpty ? nil : goldens[i]))
      }
      try OutputSink.printToStandardOutput(DisplayText.message(CheckReport.text(results, quiet: quiet)))
      if let junit {
        let sink = try OutputSink(path: junit)
        try sink.write(JUnitWriter.document(results))
        try sink.commit()
      }
      let errors = results.reduce(0) { $0 + $1.count(.error) }
      let failed = results.reduce(0) { $0 + $1.count(.failed) }
      let total = results.reduce(0) { $0 + $1.cases.count }
      if errors > 0 {
        throw Failure(.invalidInput, "\(errors) of \(total) check\(total == 1 ? "" : "s") could not run (invalid input)\(failed > 0 ? ", \(failed) failed" : "")")
      }
      if failed > 0 {
        throw Failure(.checkFailed, "\(failed) of \(total) check\(total == 1 ? "" : "s") failed")
      }
    }

    /// Checks one spec: every assertion and golden file, in one pass over its rows.
    private func check(_ target: SpecTargets.Target, golden: String?) -> SpecCheckResult {
      let spec: RunSpec
      do {
        spec = try target.options.resolveOne()
      } catch {
        return SpecChecker.unreadable(name: target.name, message: SpecTargets.describe(error, source: target.name))
      }
      var result = SpecChecker(rtol: rtol ?? 1e-12, atol: atol).check(spec, name: target.name, directory: target.directory, golden: golden)
      guard !logs.log.isEmpty else { return result }
      result.cases.removeAll { $0.name == "runs to the end" && $0.status == .passed }
      let checker = LogCheck(rtol: rtol, atol: atol, offset: logs.offset)
      result.cases += logs.log.map { checker.checkCase(spec, logFile: $0, options: logs.options) }
      return result
    }
  }
}
