/// Reads a constructor call pasted from Python, such as
/// `scheduler = OneCycleLR(optimizer, max_lr=0.1, total_steps=1000)  # per batch`, or a single
/// argument value, into ``PyCall`` and ``PyLiteral`` trees.
///
/// Values may be numbers, strings (Python's quoting and escapes; adjacent literals join),
/// `True`/`False`/`None`, lists, tuples, dicts, nested calls, variable names, lambdas (kept as
/// their exact source text) and constant arithmetic, evaluated by ``LambdaExpression``. A call
/// may be assigned to a (dotted) name and followed by a `#` comment. Keyword arguments must be
/// distinct and follow the positional ones, as Python requires. Nothing is executed, and
/// nesting deeper than ``maximumDepth`` is refused.
public struct PyCallParser {
  /// The deepest accepted nesting of calls and containers.
  public static let maximumDepth = 32

  private let characters: [Character]
  private let tokens: [Token]
  private var index = 0
  private var depth = 0

  private init(_ text: String) {
    characters = Array(text)
    tokens = Lexer.tokenize(characters, mode: .call)
  }

  /// The call `text` holds, optionally assigned to a name.
  public static func parseCall(_ text: String) throws(PyCallError) -> PyCall {
    var parser = PyCallParser(text)
    parser.skipAssignment()
    let call = try parser.call(path: "")
    try parser.expectEnd("unexpected text after the call")
    return call
  }

  /// The single value `text` holds, as it would be read as a call's argument.
  public static func parseValue(_ text: String) throws(PyCallError) -> PyLiteral {
    var parser = PyCallParser(text)
    let value = try parser.value(path: "")
    try parser.expectEnd("unexpected text after the value")
    return value
  }

  // MARK: Tokens

  private var current: Token { tokens[index] }

  private func token(_ offset: Int) -> Token { tokens[min(index + offset, tokens.count - 1)] }

  private mutating func advance() {
    if index < tokens.count - 1 { index += 1 }
  }

  /// An error at `token` (by default the current one); at unreadable input, the lexer's error.
  private func error(_ message: String, path: String, at token: Token? = nil) -> PyCallError {
    let token = token ?? current
    if case .invalid(let lexical) = token.kind {
      return PyCallError(lexical.message, column: lexical.column ?? token.column, path: path)
    }
    return PyCallError(message, column: token.column, path: path)
  }

  private func expectEnd(_ message: String) throws(PyCallError) {
    guard current.kind == .end else { throw error(message, path: "") }
  }

  private mutating func enter(_ path: String) throws(PyCallError) {
    depth += 1
    guard depth <= Self.maximumDepth else { throw error("nested too deeply", path: path) }
  }

  /// The source text from the start of `tokens[start]` to the end of `tokens[end - 1]`.
  private func source(_ start: Int, _ end: Int) -> String {
    let from = tokens[start].column - 1
    let to = tokens[end - 1].column - 1 + tokens[end - 1].text.count
    return String(characters[from..<to])
  }

  /// The index after a dotted name starting at `start`, or `nil` when none starts there.
  private func dottedNameEnd(from start: Int) -> Int? {
    guard case .name = tokens[start].kind else { return nil }
    var end = start + 1
    while end + 1 < tokens.count, tokens[end].isSymbol("."), case .name = tokens[end + 1].kind { end += 2 }
    return end
  }

  private mutating func skipAssignment() {
    if let end = dottedNameEnd(from: index), tokens[end].isSymbol("=") { index = end + 1 }
  }

  // MARK: Grammar

  private mutating func call(path: String) throws(PyCallError) -> PyCall {
    try enter(path)
    defer { depth -= 1 }
    guard let nameEnd = dottedNameEnd(from: index) else { throw error("expected a name to call", path: path) }
    let name = source(index, nameEnd)
    index = nameEnd
    guard current.isSymbol("(") else { throw error("expected '(' after \(name)", path: path) }
    advance()
    var positional: [PyLiteral] = []
    var keywords: [(name: String, value: PyLiteral)] = []
    while !current.isSymbol(")") {
      if case .name(let keyword) = current.kind, token(1).isSymbol("=") {
        if keywords.contains(where: { $0.name == keyword }) {
          throw error("SyntaxError: keyword argument repeated: \(keyword)", path: path)
        }
        advance()
        advance()
        keywords.append((keyword, try value(path: path + "." + keyword)))
      } else {
        if !keywords.isEmpty {
          throw error("SyntaxError: positional argument follows keyword argument", path: path)
        }
        positional.append(try value(path: path))
      }
      if current.isSymbol(")") { break }
      guard current.isSymbol(",") else { throw error("expected ',' or ')'", path: path) }
      advance()
    }
    advance()
    return PyCall(name: name, positional: positional, keywords: keywords)
  }

  private mutating func value(path: String) throws(PyCallError) -> PyLiteral {
    try enter(path)
    defer { depth -= 1 }
    switch current.kind {
    case .symbol("["):
      advance()
      return .list(try items(closing: "]", path: path))
    case .symbol("{"):
      return try dict(path: path)
    case .symbol("("):
      return try parenthesized(path: path)
    case .string:
      var text = ""
      while case .string(let part) = current.kind {
        text += part
        advance()
      }
      return .string(text)
    case .keyword("None"):
      advance()
      return .none
    case .keyword("lambda"):
      let start = index
      skipArgument(stoppingAtColon: false)
      return .source(source(start, index))
    default:
      if let end = dottedNameEnd(from: index), !isEvaluated(name: tokens[index]) {
        if tokens[end].isSymbol("(") { return .call(try call(path: path)) }
        if isArgumentEnd(tokens[end]) {
          let name = source(index, end)
          index = end
          return .name(name)
        }
      }
      return try constant(path: path)
    }
  }

  /// Whether a name is one ``LambdaExpression`` evaluates: `math`, a builtin or a constant.
  private func isEvaluated(name token: Token) -> Bool {
    guard case .name(let name) = token.kind else { return false }
    return name == "math" || Builtin.named(name) != nil || MathConstant(rawValue: name) != nil
  }

  private func isArgumentEnd(_ token: Token) -> Bool {
    switch token.kind {
    case .end, .invalid: true
    case .symbol(let symbol): [",", ")", "]", "}", ":"].contains(symbol)
    default: false
    }
  }

  /// Items up to `closing`, which is consumed; a trailing comma is allowed.
  private mutating func items(closing: String, path: String) throws(PyCallError) -> [PyLiteral] {
    var items: [PyLiteral] = []
    while !current.isSymbol(closing) {
      items.append(try value(path: "\(path)[\(items.count)]"))
      if current.isSymbol(closing) { break }
      guard current.isSymbol(",") else { throw error("expected ',' or '\(closing)'", path: path) }
      advance()
    }
    advance()
    return items
  }

  /// A tuple, or a parenthesized value such as `(1/3)` or the start of `(1 + 2) * 3`.
  private mutating func parenthesized(path: String) throws(PyCallError) -> PyLiteral {
    let start = index
    advance()
    if current.isSymbol(")") {
      advance()
      return .tuple([])
    }
    let first = try value(path: "\(path)[0]")
    if current.isSymbol(")") {
      advance()
      if isArgumentEnd(current) { return first }
      index = start
      return try constant(path: path)
    }
    guard current.isSymbol(",") else { throw error("expected ',' or ')'", path: path) }
    advance()
    return .tuple([first] + (try items(closing: ")", path: path)))
  }

  private mutating func dict(path: String) throws(PyCallError) -> PyLiteral {
    advance()
    var members: [(key: PyLiteral, value: PyLiteral)] = []
    while !current.isSymbol("}") {
      let key = try value(path: path)
      guard current.isSymbol(":") else { throw error("expected ':' in a dict", path: path) }
      advance()
      let suffix: String
      switch key {
      case .string(let text): suffix = "." + text
      case .int(let number): suffix = ".\(number)"
      default: suffix = ""
      }
      members.append((key, try value(path: path + suffix)))
      if current.isSymbol("}") { break }
      guard current.isSymbol(",") else { throw error("expected ',' or '}'", path: path) }
      advance()
    }
    advance()
    return .dict(members)
  }

  /// Moves past the tokens of one argument: up to a `,` or closing bracket outside brackets
  /// (and a `:`, unless it belongs to a lambda), or unreadable input.
  private mutating func skipArgument(stoppingAtColon: Bool) {
    var level = 0
    while true {
      switch current.kind {
      case .end, .invalid: return
      case .symbol("("), .symbol("["), .symbol("{"): level += 1
      case .symbol(")"), .symbol("]"), .symbol("}"):
        if level == 0 { return }
        level -= 1
      case .symbol(",") where level == 0: return
      case .symbol(":") where level == 0 && stoppingAtColon: return
      default: break
      }
      advance()
    }
  }

  /// A constant expression up to the end of the argument, evaluated.
  private mutating func constant(path: String) throws(PyCallError) -> PyLiteral {
    let start = index
    skipArgument(stoppingAtColon: true)
    guard index > start else { throw error("expected a value", path: path) }
    let text = source(start, index)
    let offset = tokens[start].column - 1
    func failure(_ error: ExpressionError) -> PyCallError {
      PyCallError(
        "cannot read '\(text)' as a value: \(error.message)",
        column: error.column.map { $0 + offset } ?? tokens[start].column, path: path)
    }
    if LambdaExpression.names(in: text, module: "math").bare.contains(Self.variable) {
      throw failure(ExpressionError("unknown name '\(Self.variable)'"))
    }
    let result: PyValue
    do {
      result = try LambdaExpression(text, defaultVariable: Self.variable).evaluate(0)
    } catch {
      throw failure(error)
    }
    switch result {
    case .bool(let flag): return .bool(flag)
    case .float(let number): return .float(number)
    default:
      guard let number = result.integerValue else { throw failure(ExpressionError("integer too large")) }
      return .int(number)
    }
  }

  /// The variable constant expressions are parsed in; reading it is an error.
  private static let variable = "_"
}
