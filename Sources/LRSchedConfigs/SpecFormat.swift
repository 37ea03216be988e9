/// The notation of a spec document: JSON or YAML.
public enum SpecFormat: Sendable, Equatable {
  case json
  case yaml

  /// The format a file name declares (`.json`; `.yaml` or `.yml`), or `nil` for any other name
  /// (including `-`, standard input), whose content decides.
  public static func declared(by name: String) -> SpecFormat? {
    let lower = name.lowercased()
    if lower.hasSuffix(".json") { return .json }
    if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return .yaml }
    return nil
  }

  /// The format `text` looks like: JSON when it starts (after white space and a byte-order mark)
  /// with `{` or `[`, YAML otherwise.
  public static func sniff(_ text: String) -> SpecFormat {
    for c in text.unicodeScalars {
      switch c {
      case " ", "\t", "\n", "\r", "\u{FEFF}": continue
      case "{", "[": return .json
      default: return .yaml
      }
    }
    return .yaml
  }
}
