/// The text formats `simulate` writes.
public enum OutputFormat: String, Sendable, CaseIterable {
  case csv
  case tsv
  case json
  case jsonl
}
