import ArgumentParser
import LRSchedCore
import LRSchedLogs
import LRSchedOutput

extension LRSched {
  /// `lrsched simulate`: the schedule's rows as CSV, TSV, JSON or JSON lines.
  struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "simulate",
      abstract: "Step a scheduler through a run and print the learning rate of every step.",
      discussion: """
        Row i is the learning rate in effect before the i-th scheduler.step(); columns are step, epoch, \
        lr (or lr_<group> per parameter group) and, where the scheduler cycles it, momentum.

        --format tfevents -o DIR writes the plan as a TensorBoard event file in DIR (scalars lr, or \
        lr/<group> per group, and momentum likewise, at each step), to open beside real runs in TensorBoard.

        Examples:
          lrsched simulate --scheduler cosine --epochs 100 --lr 0.1
          lrsched simulate --spec run.json --output lr.csv
          lrsched simulate --scheduler "\(TorchExamples.perEpochCallWithGamma)" \\
              --epochs 90 --format jsonl
          lrsched simulate --scheduler onecycle --epochs 10 --steps-per-epoch 100 \\
              --print-spec
          lrsched simulate --scheduler warmup-cosine --epochs 10 \\
              --steps-per-epoch 1000 --at 0,1000,5000
          lrsched simulate --scheduler cosine --epochs 100 --every 10
          lrsched simulate --spec run.json --format tfevents -o runs/plan

        \(RunDefaults.documentation)

        \(WarmupWrapper.documentation)
        """)

    @OptionGroup var schedule: ScheduleOptions

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("csv, tsv, json, jsonl, or tfevents (a TensorBoard event file in the --output folder).", valueName: "format"))
    var format: SimulateFormat = .csv

    @Flag(help: "Do not print lint warnings (see `lrsched lint`) on standard error.")
    var quiet = false

    @Option(
      help: ArgumentHelp("Print only the rows of these steps, e.g. --at 0,1000,5000.", valueName: "steps"),
      transform: Simulate.stepList)
    var at: [Int]?

    @Option(help: ArgumentHelp("Print every n-th row (from step 0), and the last.", valueName: "n"))
    var every: Int?

    /// `0,1000,5000` as steps.
    static func stepList(_ text: String) throws -> [Int] {
      try text.split(separator: ",", omittingEmptySubsequences: false).map { part in
        guard let step = Int(part.trimmingSpaces) else { throw ValidationError("--at takes steps separated by commas, e.g. 0,1000,5000; got '\(text)'") }
        return step
      }
    }

    func run() throws {
      let spec = try schedule.resolveOne()
      if try schedule.printsSpecs([spec]) { return }
      if !quiet { LintPrinter.printWarnings(for: spec) }
      let simulation: Simulation
      let source = try schedule.sources().first ?? nil
      do {
        simulation = try Simulation(spec: spec)
      } catch {
        throw Failure(error, source: source)
      }
      guard let textFormat = format.text else {
        try writeEvents(simulation)
        return
      }
      let rows = simulation.rows
      let selection = try Failure.mapping { try RowSelection(at: at, every: every, rows: rows) }
      let sink = try output.map { try OutputSink(path: $0) } ?? OutputSink()
      let formatter = RowFormatter(format: textFormat, valueColumns: simulation.valueColumns)
      var progress = ProgressBar(total: spec.rows, enabled: output != nil && spec.rows >= 100_000)
      let chunk = ByteBuffer(capacity: 1 << 17)
      try sink.write(formatter.header)
      do {
        try simulation.run { row in
          guard selection.includes(step: row.step, rows: rows) else { return }
          formatter.append(row, to: chunk)
          if chunk.count >= 1 << 16 {
            try sink.write(chunk)
            chunk.removeAll()
            progress.update(row.step)
          }
        }
      } catch let error as SpecError {
        try sink.write(chunk)
        try sink.flush()
        progress.finish()
        throw Failure(error, source: source)
      }
      progress.finish()
      try sink.write(chunk)
      try sink.write(formatter.footer)
      try sink.commit()
    }

    /// Writes the run as a TensorBoard event file in the `--output` folder, creating it.
    private func writeEvents(_ simulation: Simulation) throws {
      guard let output else { throw Failure(.invalidInput, "--format tfevents writes a file into a folder: give --output DIR") }
      let path: String
      do {
        path = try TensorBoardWriter.writeRun(simulation, intoFolder: output)
      } catch let error as OutputFailure {
        throw Failure(.outputFailed, error.message)
      }
      try OutputSink.printToStandardOutput(path + "\n")
    }
  }
}
