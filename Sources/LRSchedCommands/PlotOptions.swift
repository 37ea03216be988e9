import ArgumentParser
import LRSchedCairo
import LRSchedCharts
import LRSchedPlot

/// How `plot` draws: where, how large, which axes and decorations.
struct PlotOptions: ParsableArguments {
  @Option(name: [.short, .long], help: ArgumentHelp("Write a PNG, SVG or PDF file (by its extension) instead of a terminal chart.", valueName: "file"))
  var output: String?

  @Option(help: ArgumentHelp("png, svg or pdf: overrides the output file's extension.", valueName: "format"))
  var format: ImageFormat?

  @OptionGroup var image: ImageSizeOptions

  @Option(help: "Terminal chart width in columns (default: the terminal's).")
  var width: Int?

  @Option(help: "Terminal chart height in rows (default: the terminal's, at most 30).")
  var height: Int?

  @Option(help: ArgumentHelp("Colour in the terminal: auto (when stdout is a terminal and NO_COLOR is unset), always or never.", valueName: "when"))
  var color: ColorChoice = .auto

  @Flag(name: .customLong("log-y"), help: "A logarithmic learning-rate axis with decade ticks.")
  var logY = false

  @Flag(name: .customLong("no-markers"), help: "Hide the lines marking where the schedule changes phase.")
  var noMarkers = false

  @Flag(name: .customLong("show-momentum"), help: "Add the momentum / beta1 curve in a panel below (--momentum sets SGD's momentum).")
  var momentum = false

  @Flag(help: "With a spec's \"train\" section: draw train_loss and val_loss in a panel below.")
  var loss = false

  @Flag(help: "Do not print lint warnings (see `lrsched lint`) on standard error.")
  var quiet = false

  @Option(help: ArgumentHelp("The x axis: epoch (fractional for per-step runs) or step.", valueName: "epoch|step"))
  var x: XAxisUnit = .epoch

  @Option(help: "The chart's title (default: names the schedule).")
  var title: String?

  @Option(help: ArgumentHelp("The legend label of a --spec or --scheduler, in their order. Repeatable.", valueName: "text"))
  var label: [String] = []

  @Option(help: ArgumentHelp("steps (each row's rate holds until the next row, as plt.step(where=\"post\")) or line (points joined as plt.plot).", valueName: "steps|line"))
  var style: SeriesDrawStyle = .steps

  @Flag(help: "With --log and a terminal chart: redraw as the log grows (a run in progress), until interrupted.")
  var follow = false

  func validate() throws {
    if let width, !(20...1000).contains(width) { throw ValidationError("--width must be between 20 and 1000 columns") }
    if let height, !(5...500).contains(height) { throw ValidationError("--height must be between 5 and 500 rows") }
    if output == nil && format != nil { throw ValidationError("--format needs --output") }
    if follow && output != nil { throw ValidationError("--follow redraws a terminal chart: drop --output") }
  }
}
