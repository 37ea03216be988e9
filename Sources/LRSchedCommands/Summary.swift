import ArgumentParser
import LRSchedCore
import LRSchedOutput

extension LRSched {
  /// `lrsched summary`: a schedule at a glance (`ScheduleSummary`).
  struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "summary",
      abstract: "Summarize a schedule: peak, minimum and final learning rates, warmup end, phases, mean, sum and decays.",
      discussion: """
        Per parameter group: the peak learning rate and the step (and epoch) it is first reached, the minimum, \
        the final value, the mean over the steps and the sum of the learning rate over the steps, and the number \
        of decays (stretches over which it falls: a staircase's drops, a cosine's cycles). For the run: its \
        length, where the warmup ends and the phase boundaries plot marks.

        Examples:
          lrsched summary --scheduler onecycle --epochs 10 --steps-per-epoch 100
          lrsched summary --spec run.json --format json
        """)

    @OptionGroup var schedule: ScheduleOptions

    @Option(help: ArgumentHelp("text or json.", valueName: "format"))
    var format: ReportFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
      let spec = try schedule.resolveOne()
      if try schedule.printsSpecs([spec]) { return }
      let source = try schedule.sources().first ?? nil
      let summary = try Failure.mapping(source: source) { try ScheduleSummary(spec: spec) }
      let sink = try output.map { try OutputSink(path: $0) } ?? OutputSink()
      try sink.write(format == .json ? JSONWriter.format(summary.json) + "\n" : summary.text)
      try sink.commit()
    }
  }
}
