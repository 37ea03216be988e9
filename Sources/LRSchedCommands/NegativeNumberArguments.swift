/// The command line as swift-argument-parser should read it: a negative number after a long option
/// (`--lr -1`, `--seed -5`) is joined to that option (`--lr=-1`), which the parser would otherwise
/// take for an option of its own and report the value as missing.
///
/// Only a token that is a whole number in decimal notation (`-1`, `-0.5`, `-1e-3`, `-inf`) is
/// joined, only to a `--name` option without `=`, and nothing after a `--` terminator.
enum NegativeNumberArguments {
  /// `arguments` (without the program name) with each negative value joined to its option.
  static func rewrite(_ arguments: [String]) -> [String] {
    var out: [String] = []
    out.reserveCapacity(arguments.count)
    var i = 0
    while i < arguments.count {
      let token = arguments[i]
      if token == "--" {
        out += arguments[i...]
        break
      }
      if i + 1 < arguments.count, isLongOption(token), isNegativeNumber(arguments[i + 1]) {
        out.append("\(token)=\(arguments[i + 1])")
        i += 2
        continue
      }
      out.append(token)
      i += 1
    }
    return out
  }

  private static func isLongOption(_ token: String) -> Bool {
    token.hasPrefix("--") && token.count > 2 && !token.contains("=")
  }

  /// Whether `token` is `-` followed by a number Swift's `Double` reads, digits or `inf`/`nan` only.
  static func isNegativeNumber(_ token: String) -> Bool {
    guard token.count > 1, token.hasPrefix("-") else { return false }
    let body = token.dropFirst()
    guard let first = body.first, first.isNumber || first == "." || body.lowercased() == "inf" || body.lowercased() == "infinity" else {
      return false
    }
    return Double(body) != nil
  }
}
