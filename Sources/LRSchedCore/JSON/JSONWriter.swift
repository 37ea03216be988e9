/// Writes a `JSONValue` as indented JSON, numbers as their original literals.
public enum JSONWriter {
  /// The document as text, two spaces per level, short lists of scalars kept on one line.
  public static func format(_ value: JSONValue, indent: Int = 0) -> String {
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch value {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .number(let n): return n.literal
    case .string(let s): return quote(s)
    case .array(let items):
      if items.isEmpty { return "[]" }
      if items.allSatisfy(\.isScalar) {
        return "[" + items.map { format($0) }.joined(separator: ", ") + "]"
      }
      return "[\n" + items.map { pad + format($0, indent: indent + 1) }.joined(separator: ",\n")
        + "\n" + close + "]"
    case .object(let members):
      if members.isEmpty { return "{}" }
      return "{\n"
        + members.map { pad + quote($0.key) + ": " + format($0.value, indent: indent + 1) }
        .joined(separator: ",\n") + "\n" + close + "}"
    }
  }

  /// A JSON string literal for `s`.
  public static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      switch u {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if u.value < 0x20 {
          let hex = String(u.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out + "\""
  }
}
