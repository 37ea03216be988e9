/// Python's `repr` of values, as CPython writes them.
///
/// Containers take their items' reprs already written, so a caller can repr any value tree.
public enum PyRepr {
  /// `repr(int)`.
  public static func int(_ value: Int) -> String { String(value) }

  /// `repr(bool)`: `True` or `False`.
  public static func bool(_ value: Bool) -> String { value ? "True" : "False" }

  /// `repr(None)`.
  public static let none = "None"

  /// `repr(value)` of a number: ``int(_:)`` (or the decimal digits of a wider `int`),
  /// ``float(_:)`` or ``bool(_:)``.
  public static func value(_ value: PyValue) -> String {
    switch value {
    case .int(let v): int(v)
    case .bigInt(let v): v.description
    case .float(let v): float(v)
    case .bool(let v): bool(v)
    }
  }

  /// `repr(str)`: quoted with `'`, or with `"` when the text has a `'` and no `"` (or always
  /// with `quote` when given); backslashes, the quote, `\n`, `\r`, `\t` escaped, other control
  /// characters, DEL, C1 controls, no-break space and line/paragraph separators as `\xNN`
  /// or `\uNNNN`. Either way the result is a Python literal of the same string.
  public static func string(_ text: String, quote: Character? = nil) -> String {
    let q: Unicode.Scalar = (quote ?? (text.contains("'") && !text.contains("\"") ? "\"" : "'"))
      .unicodeScalars.first ?? "'"
    var out = String(q)
    for u in text.unicodeScalars {
      switch u {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case q: out += "\\" + String(q)
      default:
        if u.value < 0x20 || (0x7F...0xA0).contains(u.value) || (0x2028...0x2029).contains(u.value) {
          let hex = String(u.value, radix: 16)
          out += u.value <= 0xFF
            ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
            : "\\u" + hex
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    out.unicodeScalars.append(q)
    return out
  }

  /// `repr(list)` of items already written: `[1, 'a']`.
  public static func list(_ items: [String]) -> String {
    "[" + items.joined(separator: ", ") + "]"
  }

  /// `repr(tuple)` of items already written: `(1, 2)`, `(1,)`, `()`.
  public static func tuple(_ items: [String]) -> String {
    "(" + items.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
  }

  /// `repr(dict)` of keys and values already written: `{'a': 1}`.
  public static func dict(_ members: [(key: String, value: String)]) -> String {
    "{" + members.map { $0.key + ": " + $0.value }.joined(separator: ", ") + "}"
  }

  /// `repr(float)`: the shortest digits that read back as `value`, laid out by Python's rule
  /// (scientific notation when the decimal exponent is below -4 or above 15, with at least two
  /// exponent digits): `0.1`, `1e-05`, `1e+16`, `9007199254740992.0`, `100.0`, `-0.0`, `inf`, `nan`.
  public static func float(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let sign = value.sign == .minus ? "-" : ""
    if value == 0 { return sign + "0.0" }
    let text = value.magnitude.description
    let parts = text.split(separator: "e")
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let pieces = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    let integerPart = String(pieces[0])
    var digits = integerPart + (pieces.count > 1 ? String(pieces[1]) : "")
    var point = integerPart.count + exponent
    while digits.hasPrefix("0") {
      digits.removeFirst()
      point -= 1
    }
    while digits.hasSuffix("0") { digits.removeLast() }
    if point <= -4 || point > 16 {
      let rest = digits.dropFirst()
      let shown = point - 1
      let magnitude = String(abs(shown))
      let exponentText = (shown < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
      return sign + String(digits.prefix(1)) + (rest.isEmpty ? "" : "." + rest) + "e" + exponentText
    }
    if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
    if point >= digits.count {
      return sign + digits + String(repeating: "0", count: point - digits.count) + ".0"
    }
    let split = digits.index(digits.startIndex, offsetBy: point)
    return sign + digits[..<split] + "." + digits[split...]
  }
}
