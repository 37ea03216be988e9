import ArgumentParser
import LRSchedCore

/// What `simulate` writes: one of the text formats, or a TensorBoard event file.
enum SimulateFormat: String, CaseIterable, ExpressibleByArgument {
  case csv
  case tsv
  case json
  case jsonl
  case tfevents

  /// The text format, `nil` for `tfevents`.
  var text: OutputFormat? { OutputFormat(rawValue: rawValue) }
}
