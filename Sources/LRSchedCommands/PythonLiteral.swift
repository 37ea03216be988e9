import LRSchedCore

/// Spec values written as Python source: numbers keep their JSON literal (so `10` stays an `int`
/// and `0.1` a `float`, as `json.load` would give them), strings are quoted, objects become dicts.
enum PythonLiteral {
  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
  ]

  /// `v` as a Python expression. Lists become tuples when `tuple` is set (betas); object keys that
  /// are integers become `int` keys when `integerKeys` is set (optax's `boundaries_and_scales`).
  static func value(_ v: JSONValue, tuple: Bool = false, integerKeys: Bool = false) -> String {
    switch v {
    case .null: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .number(let n): return n.literal
    case .string(let s): return string(s)
    case .array(let items):
      let inner = items.map { value($0, integerKeys: integerKeys) }
      if tuple { return "(" + inner.joined(separator: ", ") + (items.count == 1 ? ",)" : ")") }
      return "[" + inner.joined(separator: ", ") + "]"
    case .object(let members):
      let inner = members.map { m -> String in
        let key = integerKeys && Int(m.key) != nil ? String(Int(m.key) ?? 0) : string(m.key)
        return "\(key): \(value(m.value, integerKeys: integerKeys))"
      }
      return "{" + inner.joined(separator: ", ") + "}"
    }
  }

  /// A double-quoted Python string literal for `s`.
  static func string(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 || u.value == 0x7F || (0x2028...0x2029).contains(u.value) {
          let hex = String(u.value, radix: 16)
          out += u.value <= 0xFF ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex : "\\u" + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }

  /// Whether `s` can be a keyword argument's name: an ASCII identifier that is not a keyword.
  static func isIdentifier(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
    let ok = s.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    return ok && !keywords.contains(s)
  }
}
