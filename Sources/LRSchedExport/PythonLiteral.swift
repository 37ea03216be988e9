import LRSchedCore
import PyExpression

/// Spec values written as Python source: numbers keep their JSON literal (so `10` stays an `int`
/// and `0.1` a `float`, as `json.load` would give them), strings are quoted, objects become dicts.
public enum PythonLiteral {
  static let keywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
    "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
  ]

  /// `v` as a Python expression. Lists become tuples when `tuple` is set (betas); object keys that
  /// are integers become `int` keys when `integerKeys` is set (optax's `boundaries_and_scales`).
  static func value(_ v: JSONValue, tuple: Bool = false, integerKeys: Bool = false) -> String {
    switch v {
    case .null: return PyRepr.none
    case .bool(let b): return PyRepr.bool(b)
    case .number(let n): return n.literal
    case .string(let s): return string(s)
    case .array(let items):
      let inner = items.map { value($0, integerKeys: integerKeys) }
      return tuple ? PyRepr.tuple(inner) : PyRepr.list(inner)
    case .object(let members):
      return PyRepr.dict(
        members.map { m in
          let key = integerKeys && Int(m.key) != nil ? String(Int(m.key) ?? 0) : string(m.key)
          return (key, value(m.value, integerKeys: integerKeys))
        })
    }
  }

  /// A double-quoted Python string literal for `s` (``PyRepr/string(_:quote:)``).
  static func string(_ s: String) -> String { PyRepr.string(s, quote: "\"") }

  /// Whether `s` can be a keyword argument's name: an ASCII identifier that is not a keyword.
  static func isIdentifier(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else { return false }
    let ok = s.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    return ok && !keywords.contains(s)
  }
}
