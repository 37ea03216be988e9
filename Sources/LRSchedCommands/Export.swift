import ArgumentParser
import LRSchedCore
import LRSchedExport
import LRSchedOutput

extension LRSched {
  /// `lrsched export`: the spec's optimizer and scheduler as Python for its library.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Print the Python that builds the spec's optimizer and scheduler with PyTorch (or transformers, timm) or optax.",
      discussion: """
        The code uses the library's own classes and keyword arguments, values typed as in the spec (10 stays an int, \
        0.1 a float), lr_lambda expressions as lambdas. The optimizer gets stand-in parameters so the file runs as is; \
        comments show where model.parameters() (or each parameter group's parameters) go.
        --to pytorch takes PyTorch, transformers and timm schedulers (all run on torch.optim); --to transformers and \
        --to optax take schedules of those libraries only, and Keras schedules are not exported.

        Examples:
          lrsched export --spec run.json --to pytorch
          lrsched export --scheduler \\
              "\(TorchExamples.perBatchCall)" --interval step \\
              --epochs 10 --steps-per-epoch 100
          lrsched export --spec run.json --with-loop > check.py && python3 check.py \\
              | diff - <(lrsched simulate --spec run.json)
        """)

    @OptionGroup var schedule: ScheduleOptions

    @Option(help: ArgumentHelp("pytorch, transformers or optax.", valueName: "library"))
    var to: ExportTarget = .pytorch

    @Flag(
      name: .customLong("with-loop"),
      help: "Append a __main__ block that steps the schedule through the run and prints the rows as `simulate` does.")
    var withLoop = false

    @Option(name: [.short, .long], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func run() throws {
      let spec = try schedule.resolveOne()
      if try schedule.printsSpecs([spec]) { return }
      let source = schedule.spec.first.map { $0 == "-" ? "standard input" : $0 } ?? schedule.configFile
      let code = try Failure.mapping {
        try PythonExporter.export(spec, source: source, target: to, withLoop: withLoop)
      }
      let sink = try output.map { try OutputSink(path: $0) } ?? OutputSink()
      try sink.write(code)
      try sink.commit()
    }
  }
}
