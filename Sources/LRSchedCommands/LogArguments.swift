import ArgumentParser
import LRSchedLogs

/// The training logs `plot` and `check` read, and how to read and align them.
struct LogArguments: ParsableArguments {
  @Option(
    name: [.customLong("log"), .customLong("csv")],
    help: ArgumentHelp(
      "A training log: CSV/TSV (Lightning's metrics.csv, a W&B export, simulate's output; - for standard input), a Hugging Face trainer_state.json, or a TensorBoard event file or run folder. Repeatable; --csv is a synonym.",
      valueName: "file"))
  var log: [String] = []

  @Option(name: .customLong("log-column"), help: ArgumentHelp("The learning-rate column (or tag, or trainer_state key) to read, when the names are not enough.", valueName: "name"))
  var column: String?

  @Option(name: .customLong("log-x"), help: ArgumentHelp("The column holding the log's step (or epoch) counter.", valueName: "column"))
  var xColumn: String?

  @Option(
    name: .customLong("log-offset"),
    help: ArgumentHelp("The plan row of a point logged at step s is s + N, replacing the logger's own convention (Trainer -1, Lightning LearningRateMonitor and a hand-written loop 0).", valueName: "N"))
  var offset: Int?

  var options: LogOptions { LogOptions(column: column, xColumn: xColumn) }
}
