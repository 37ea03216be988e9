import LRSchedCore
import PyExpression

/// Reads a scheduler constructor call pasted from Python code, such as
/// `OneCycleLR(optimizer, max_lr=0.1, total_steps=1000)` or
/// `SequentialLR(optimizer, schedulers=[LinearLR(optimizer, start_factor=0.1), CosineAnnealingLR(optimizer, T_max=90)], milestones=[10])`,
/// into a spec's scheduler object.
///
/// Values may be numbers, strings, `True`/`False`/`None`, lists, tuples, dicts, nested calls,
/// lambdas (kept as their source text, for `lr_lambda` and `scale_fn`) and constant arithmetic
/// (`1/3`, `0.1 * 5`), evaluated by the safe expression evaluator. The optimizer argument is
/// dropped; other positional arguments take the parameters' documented order. Nothing is executed.
public struct PythonCallParser {
  static let maximumDepth = 32

  private let chars: [Character]
  private var index = 0
  private var depth = 0

  private init(_ text: String) { chars = Array(text) }

  /// Whether `text` looks like a call rather than a scheduler name.
  public static func isCall(_ text: String) -> Bool { text.contains("(") }

  /// The scheduler object for a call.
  public static func parse(_ text: String, path: String = "--scheduler") throws(SpecError) -> JSONValue {
    var p = PythonCallParser(text)
    p.skipSpace()
    let value = try p.parseCall(path: path)
    p.skipSpace()
    if p.index < p.chars.count { throw p.error("unexpected text after the call", path) }
    return value
  }

  private func error(_ message: String, _ path: String) -> SpecError {
    SpecError(path, "column \(index + 1): \(message)")
  }

  private var current: Character? { index < chars.count ? chars[index] : nil }

  private mutating func skipSpace() {
    while let c = current, c.isWhitespace { index += 1 }
  }

  private mutating func identifier() -> String {
    var s = ""
    while let c = current, c.isLetter || c.isNumber || c == "_" || c == "." {
      s.append(c)
      index += 1
    }
    return s
  }

  private static func resolveName(_ dotted: String) -> String {
    if SchedulerCatalog.lookup(dotted) != nil { return dotted }
    let parts = dotted.split(separator: ".").map(String.init)
    if let last = parts.last, let first = parts.first, parts.count > 2,
      SchedulerCatalog.lookup("\(first).\(last)") != nil
    {
      return "\(first).\(last)"
    }
    return parts.last ?? dotted
  }

  private mutating func parseCall(path: String) throws(SpecError) -> JSONValue {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { throw error("calls nested too deeply", path) }
    let name = identifier()
    guard !name.isEmpty else { throw error("expected a scheduler name", path) }
    skipSpace()
    guard current == "(" else { throw error("expected '(' after \(name)", path) }
    index += 1
    let type = Self.resolveName(name)
    var members: [(key: String, value: JSONValue)] = [("type", .string(type))]
    var positional: [JSONValue] = []
    var sawKeyword = false
    var first = true
    while true {
      skipSpace()
      if current == ")" {
        index += 1
        break
      }
      if !first {
        guard current == "," else { throw error("expected ',' or ')'", path) }
        index += 1
        skipSpace()
        if current == ")" {
          index += 1
          break
        }
      }
      first = false
      let save = index
      let word = identifier()
      skipSpace()
      if !word.isEmpty, !word.contains("."), current == "=", index + 1 < chars.count, chars[index + 1] != "=" {
        index += 1
        skipSpace()
        sawKeyword = true
        members.append((word, try parseValue(path: path + "." + word)))
        continue
      }
      index = save
      if sawKeyword { throw error("positional argument after keyword arguments", path) }
      if positional.isEmpty && members.count == 1 && nextIsBareName() {
        _ = identifier()
        continue
      }
      positional.append(try parseValue(path: path))
    }
    if !positional.isEmpty {
      guard let descriptor = SchedulerCatalog.lookup(type) else {
        throw SpecError(path, "unknown scheduler '\(type)'\(Suggestion.hint(for: type, in: SchedulerCatalog.names))")
      }
      let names = descriptor.parameters.map(\.name)
      guard positional.count <= names.count else {
        throw SpecError(path, "\(type) takes at most \(names.count) positional arguments after the optimizer, got \(positional.count)")
      }
      for (name, value) in zip(names, positional) where !members.contains(where: { $0.key == name }) {
        members.append((name, value))
      }
    }
    return .object(members)
  }

  /// Whether the next token is a bare identifier standing alone as an argument (the optimizer).
  private func nextIsBareName() -> Bool {
    var i = index
    var word = ""
    while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "_" || chars[i] == "." {
      word.append(chars[i])
      i += 1
    }
    guard let f = word.first, f.isLetter || f == "_" else { return false }
    if ["True", "False", "None", "lambda"].contains(word) { return false }
    while i < chars.count, chars[i].isWhitespace { i += 1 }
    return i >= chars.count || chars[i] == "," || chars[i] == ")"
  }

  private mutating func parseValue(path: String) throws(SpecError) -> JSONValue {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { throw error("values nested too deeply", path) }
    skipSpace()
    guard let c = current else { throw error("expected a value", path) }
    if c == "[" || c == "(" {
      let close: Character = c == "[" ? "]" : ")"
      let save = index
      index += 1
      var items: [JSONValue] = []
      skipSpace()
      if current == close {
        index += 1
        return .array(items)
      }
      while true {
        items.append(try parseValue(path: "\(path)[\(items.count)]"))
        skipSpace()
        if current == "," {
          index += 1
          skipSpace()
          if current == close {
            index += 1
            return .array(items)
          }
          continue
        }
        if current == close {
          index += 1
          if c == "(" && items.count == 1 {
            index = save
            return try parseExpressionValue(path: path)
          }
          return .array(items)
        }
        throw error("expected ',' or '\(close)'", path)
      }
    }
    if c == "{" {
      index += 1
      var members: [(key: String, value: JSONValue)] = []
      while true {
        skipSpace()
        if current == "}" {
          index += 1
          return .object(members)
        }
        let key = try parseValue(path: path)
        let keyText: String
        switch key {
        case .string(let s): keyText = s
        case .number(let n): keyText = n.literal
        default: throw error("dict keys must be strings or numbers", path)
        }
        skipSpace()
        guard current == ":" else { throw error("expected ':' in a dict", path) }
        index += 1
        members.append((keyText, try parseValue(path: path + "." + keyText)))
        skipSpace()
        if current == "," { index += 1 }
      }
    }
    if c == "\"" || c == "'" {
      index += 1
      var s = ""
      while let d = current, d != c {
        if d == "\\" {
          index += 1
          if let e = current { s.append(e) }
        } else {
          s.append(d)
        }
        index += 1
      }
      guard current == c else { throw error("unterminated string", path) }
      index += 1
      return .string(s)
    }
    let save = index
    let word = identifier()
    skipSpace()
    switch word {
    case "True": return .bool(true)
    case "False": return .bool(false)
    case "None": return .null
    case "lambda":
      index = save
      return .string(rawUntilArgumentEnd())
    default:
      if !word.isEmpty, current == "(", let f = word.first, f.isLetter || f == "_",
        !["min", "max", "abs", "float", "int", "round", "pow"].contains(word), !word.hasPrefix("math.")
      {
        index = save
        return try parseCall(path: path)
      }
    }
    index = save
    return try parseExpressionValue(path: path)
  }

  /// A constant expression up to the end of the argument, as a JSON number.
  private mutating func parseExpressionValue(path: String) throws(SpecError) -> JSONValue {
    let start = index
    let text = rawUntilArgumentEnd()
    if let n = JSONNumber(literal: text.trimmingSpaces), !text.contains("_") {
      return .number(n)
    }
    do {
      let e = try LambdaExpression(text, defaultVariable: "_")
      switch try e.evaluate(0) {
      case .int(let i): return .number(JSONNumber(i))
      case .bigInt(let i):
        guard let n = JSONNumber(literal: i.description) else { throw ExpressionError("integer \(i) is not a JSON number") }
        return .number(n)
      case .float(let d): return .number(JSONNumber(d))
      case .bool(let b): return .bool(b)
      }
    } catch {
      index = start
      throw self.error("cannot read '\(text)' as a value: \(error)", path)
    }
  }

  /// The source text up to the next top-level `,` or closing bracket.
  private mutating func rawUntilArgumentEnd() -> String {
    var level = 0
    var s = ""
    var quote: Character?
    while let c = current {
      if let q = quote {
        if c == q { quote = nil }
      } else if c == "\"" || c == "'" {
        quote = c
      } else if c == "(" || c == "[" || c == "{" {
        level += 1
      } else if c == ")" || c == "]" || c == "}" {
        if level == 0 { break }
        level -= 1
      } else if c == "," && level == 0 {
        break
      }
      s.append(c)
      index += 1
    }
    return s.trimmingSpaces
  }
}
