import LRSchedCore
import LRSchedOutput

/// The lint warnings a schedule command prints before it runs: what the spec alone shows
/// (`Linter.staticFindings`), one line each on standard error, `lrsched: warning LR003 ...`.
/// `simulate` and `plot` call this; their `--quiet` skips it.
enum LintPrinter {
  /// Prints `spec`'s warnings; `source` (a file name) prefixes each line when given.
  static func printWarnings(for spec: RunSpec, source: String? = nil) {
    var text = ""
    for f in Linter.staticFindings(spec) {
      text += "lrsched: \(source.map { "\($0): " } ?? "")\(f.line)\n"
    }
    if !text.isEmpty { StandardError.write(DisplayText.message(text)) }
  }
}
