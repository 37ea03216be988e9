import ArgumentParser
import LRSchedCairo
import LRSchedCharts
import LRSchedConfigs
import LRSchedCore
import LRSchedPlot

#if canImport(Glibc)
import Glibc
import LRSchedOutput
#endif

extension LRSched {
  /// `lrsched find-lr`: the LR range test, on the toy problem or on a recorded log.
  struct FindLR: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "find-lr",
      abstract: "Run an LR range test on the toy problem (or read one from a log) and suggest learning rates.",
      discussion: """
        The test trains the toy model (a linear layer with softmax cross-entropy: the spec's "train" \
        section, or synthetic data from the flags) while the learning rate of every group ramps from \
        --start-lr to --end-lr over --num-iter batches, exponentially or linearly, as torch-lr-finder's \
        range_test does; it stops once the smoothed loss exceeds --diverge times the best. With --log it \
        reads a recorded test instead (a CSV with lr and loss columns).

        Suggestions, after dropping the first --skip-start and last --skip-end points:
          steepest  where the loss falls fastest (least numpy.gradient; torch-lr-finder's suggestion)
          minimum   the learning rate of the lowest loss, divided by 10 (fastai)
          valley    two thirds down the longest falling stretch of the curve (fastai's default)

        Examples:
          lrsched find-lr --spec run.json
          lrsched find-lr --optimizer Adam --samples 5000 --features 20 --classes 4 \\
              --format json
          lrsched find-lr --log range.csv --smoothing 0
          lrsched find-lr --spec run.json --output range.png --size 1280x720
        """)

    @Option(help: ArgumentHelp("A spec whose \"train\" and \"optimizer\" sections set up the toy problem.", valueName: "file"))
    var spec: String?

    @Option(help: ArgumentHelp("A recorded range test: a CSV with lr and loss columns.", valueName: "file.csv"))
    var log: String?

    @Option(help: ArgumentHelp("Training data CSV (features, then an integer label) instead of synthetic data.", valueName: "file.csv"))
    var data: String?

    @Option(help: "Synthetic samples (default 1000).")
    var samples: Int?

    @Option(help: "Synthetic features (default 10).")
    var features: Int?

    @Option(help: "Classes (synthetic default 2).")
    var classes: Int?

    @Option(help: "Seed of the synthetic data, uniform init and shuffling (default 0).")
    var seed: Int?

    @Option(name: .customLong("batch-size"), help: "Batch size (default 32).")
    var batchSize: Int?

    @Option(help: ArgumentHelp("SGD, Adam or AdamW (default SGD, or the spec's).", valueName: "name"))
    var optimizer: OptimizerKind?

    @Option(help: "SGD's momentum.")
    var momentum: Double?

    @Option(name: .customLong("weight-decay"), help: "The optimizer's weight_decay.")
    var weightDecay: Double?

    @Option(name: .customLong("start-lr"), help: "The first learning rate.")
    var startLR: Double = 1e-7

    @Option(name: .customLong("end-lr"), help: "The last learning rate.")
    var endLR: Double = 10

    @Option(name: .customLong("num-iter"), help: "Batches (iterations) in the test.")
    var numIter: Int = 100

    @Option(help: ArgumentHelp("The ramp: exp or linear.", valueName: "exp|linear"))
    var mode: RampMode = .exp

    @Option(help: "Stop once the smoothed loss exceeds this many times the best.")
    var diverge: Double = 4

    @Option(help: "β of the bias-corrected moving average of the loss; 0 for none.")
    var smoothing: Double = 0.98

    @Option(name: .customLong("skip-start"), help: "Points dropped at the start before suggesting.")
    var skipStart: Int = 10

    @Option(name: .customLong("skip-end"), help: "Points dropped at the end before suggesting.")
    var skipEnd: Int = 5

    @Option(help: ArgumentHelp("text (suggestions and a terminal chart), json or csv.", valueName: "format"))
    var format: RangeTestFormat = .text

    @Option(
      name: [.short, .long],
      help: ArgumentHelp("Write to this file instead of standard output: a .png, .svg or .pdf chart, or the --format text.", valueName: "file"))
    var output: String?

    @OptionGroup var image: ImageSizeOptions

    @Flag(name: .customLong("no-chart"), help: "Text format without the terminal chart.")
    var noChart = false

    func validate() throws {
      if log != nil {
        let toy = [spec != nil, data != nil, samples != nil, features != nil, classes != nil, seed != nil, batchSize != nil, optimizer != nil, momentum != nil, weightDecay != nil]
        if toy.contains(true) {
          throw ValidationError("--log reads a recorded test: the toy-problem options (--spec, --data, --samples, --optimizer, ...) do not apply")
        }
      }
      guard skipStart >= 0, skipEnd >= 0 else { throw ValidationError("--skip-start and --skip-end must be at least 0") }
      if let momentum, !(momentum.isFinite && momentum >= 0) { throw ValidationError("--momentum must be a finite number >= 0") }
      if let weightDecay, !(weightDecay.isFinite && weightDecay >= 0) { throw ValidationError("--weight-decay must be a finite number >= 0") }
    }

    var settings: RangeTestSettings {
      RangeTestSettings(
        startLR: startLR, endLR: endLR, iterations: numIter, mode: mode,
        smoothing: smoothing, divergence: diverge)
    }

    func run() throws {
      let report = try Failure.mapping { try request.report() }
      let image = output.flatMap(ImageFormat.inferred(fromPath:))
      if let output, let image {
        do {
          let chart = RangeTestChart.chart(report, title: "LR range test")
          try CairoChartRenderer(options: self.image.options).write(chart, toPath: output, format: image)
        } catch {
          throw Failure(.outputFailed, "cannot write \(output): \(error)")
        }
      }
      var text = format == .json ? report.json : format == .csv ? report.csv : report.text
      if format == .text && !noChart && image == nil {
        let size = Terminal.size()
        let color = output == nil && Terminal.isTTY(STDOUT_FILENO) && Terminal.environment("NO_COLOR") == nil
        let chart = RangeTestChart.chart(report, title: "loss against learning rate")
        let rendered = TerminalChartRenderer(width: min(size?.columns ?? 80, 160), height: 20, color: color).render(chart)
        text += "\n" + rendered + (rendered.hasSuffix("\n") ? "" : "\n")
      }
      let sink = try (image == nil ? output : nil).map { try OutputSink(path: $0) } ?? OutputSink()
      try sink.write(text)
      try sink.commit()
    }

    /// The test as the library runs it.
    var request: RangeTestRequest {
      let train: [(key: String, value: JSONValue)] = [
        ("samples", samples), ("features", features), ("classes", classes), ("seed", seed), ("batch_size", batchSize),
      ].compactMap { key, value in value.map { (key, .number(JSONNumber($0))) } }
      return RangeTestRequest(
        log: log, spec: spec, train: train, data: data,
        optimizer: OptimizerOverrides(kind: optimizer, momentum: momentum, weightDecay: weightDecay), settings: settings,
        skipStart: skipStart, skipEnd: skipEnd)
    }
  }
}
