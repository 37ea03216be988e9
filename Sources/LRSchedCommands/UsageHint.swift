import ArgumentParser
import LRSchedCore

/// Better suggestions than swift-argument-parser's for the command-line mistakes users make: a
/// scheduler argument given as an option (`--gamma` → `--param gamma=...`), a shortened option
/// (`--out` → `--output`), and a misspelt subcommand (`simulte` → `simulate`).
enum UsageHint {
  /// The error for `arguments` (without the program name) whose first word is neither an option
  /// nor a subcommand: `unknown command 'simulte' (did you mean 'simulate'?)`; `nil` otherwise.
  static func unknownSubcommand(_ arguments: [String], subcommands: [String]) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-"), first != "help", !subcommands.contains(first) else { return nil }
    return "unknown command '\(first)'\(Suggestion.hint(for: first, in: subcommands)); `lrsched --help` lists them"
  }

  /// The suggestion for the unknown option `option` (with its dashes) of a command whose help is
  /// `help`: a scheduler argument of that name (`--param gamma=...`), else the one option of the
  /// command it abbreviates, else `nil`.
  static func suggestion(forUnknownOption option: String, help: String) -> String? {
    let bare = String(option.drop { $0 == "-" })
    guard !bare.isEmpty else { return nil }
    let names = Set(SchedulerCatalog.all.flatMap { $0.parameters.map(\.name) })
    for candidate in [bare, bare.replacingOccurrences(of: "-", with: "_")] {
      if names.contains(candidate) { return "--param \(candidate)=..." }
      if let name = names.first(where: { $0.lowercased() == candidate.lowercased() }) { return "--param \(name)=..." }
    }
    let options = longOptions(in: help)
    let abbreviated = options.filter { $0.hasPrefix("--\(bare)") }
    return abbreviated.count == 1 ? abbreviated[0] : nil
  }

  /// swift-argument-parser's `message` with `suggestion(forUnknownOption:help:)` in place of its
  /// own for an unknown option; `message` unchanged otherwise.
  static func improving(_ message: String, help: String) -> String {
    let prefix = "Unknown option '"
    guard let start = message.range(of: prefix), let end = message[start.upperBound...].firstIndex(of: "'") else { return message }
    let option = String(message[start.upperBound..<end])
    guard let hint = suggestion(forUnknownOption: option, help: help) else { return message }
    let lineEnd = message[end...].firstIndex(of: "\n") ?? message.endIndex
    return message[..<message.index(after: end)] + ". Did you mean '\(hint)'?" + message[lineEnd...]
  }

  /// The `--long-option` names a help text lists.
  private static func longOptions(in help: String) -> [String] {
    var out: [String] = []
    for word in help.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," || $0 == "(" || $0 == ")" || $0 == "[" || $0 == "]" }) {
      guard word.hasPrefix("--"), word.count > 2 else { continue }
      let name = String(word.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
      if name.count > 2, !out.contains(name) { out.append(name) }
    }
    return out
  }
}
