/// A recursive-descent parser for the supported Python expression subset.
///
/// The grammar and precedence are Python's: conditional `a if c else b`,
/// `or`, `and`, `not`, chained comparisons (`< <= > >= == != in not in`),
/// `+ -`, `* / // %`, unary `+ -`, then right-associative `**` (whose right
/// operand may itself be a unary expression), calls, names, numbers and
/// parentheses. A whole source may be `lambda NAME: expression`.
///
/// Every recursive step (parentheses, call arguments, conditional branches,
/// `not`, unary operators, `**`) counts toward ``LambdaExpression/maximumDepth``,
/// so neither parsing nor evaluation can recurse without bound. Names are
/// resolved here: anything but the variable, the builtins and the `math`
/// members is rejected with its column.
struct Parser {
  private let tokens: [Token]
  private var index: Int
  private var depth = 0
  private let variable: String
  /// The lambda's parameters after the first, bound to their default values.
  private let defaults: [String: PyValue]

  private init(tokens: [Token], index: Int, variable: String, defaults: [String: PyValue] = [:]) {
    self.tokens = tokens
    self.index = index
    self.variable = variable
    self.defaults = defaults
  }

  /// Parses a whole source: a bare expression in `defaultVariable`, or a
  /// lambda of one parameter, which then names the variable.
  static func parse(
    _ tokens: [Token], defaultVariable: String
  ) throws(ExpressionError) -> (variable: String, body: Node) {
    var start = 0
    var variable = defaultVariable
    var defaults: [String: PyValue] = [:]
    if let first = tokens.first, first.isKeyword("lambda") {
      var header = Parser(tokens: tokens, index: 1, variable: "")
      (variable, defaults) = try header.lambdaParameters()
      start = header.index
    } else if !isIdentifier(defaultVariable) {
      throw ExpressionError("invalid variable name '\(defaultVariable)'")
    }
    var parser = Parser(tokens: tokens, index: start, variable: variable, defaults: defaults)
    let body = try parser.parseTest()
    guard parser.atEnd else {
      throw parser.expected("end of expression")
    }
    try checkSequences(in: body, allowed: false)
    return (variable, body)
  }

  /// Whether `name` can be the expression's variable.
  static func isIdentifier(_ name: String) -> Bool {
    guard let first = name.first, Lexer.isIdentifierStart(first) else { return false }
    return name.allSatisfy(Lexer.isIdentifierContinuation)
      && !Lexer.supportedKeywords.contains(name) && !Lexer.unsupportedKeywords.contains(name)
  }

  /// Reads `lambda NAME:` and returns the name and the index of the body.
  /// `lambda NAME[=default], NAME=default, ...:` from the token after `lambda`: the first
  /// parameter is the variable; the others need defaults, evaluated once (before the body, in a
  /// scope with no variable), which the body reads as constants.
  private mutating func lambdaParameters() throws(ExpressionError) -> (String, [String: PyValue]) {
    let parameter = current
    guard case .name(let name) = parameter.kind else {
      if parameter.isSymbol(":") {
        throw error("lambda must take exactly one parameter but takes none", at: parameter)
      }
      if parameter.isSymbol("*") || parameter.isSymbol("**") {
        throw error("variadic lambda parameters are not supported", at: parameter)
      }
      throw expected("a parameter name after 'lambda'")
    }
    advance()
    var names = [name]
    var defaults: [String: PyValue] = [:]
    var sawDefault = false
    if atSymbol("=") {
      advance()
      _ = try Interpreter(argument: .int(0)).evaluate(try parseTest())
      sawDefault = true
    }
    while atSymbol(",") {
      advance()
      if atSymbol(":") { break }
      let token = current
      if token.isSymbol("*") || token.isSymbol("**") {
        throw error("variadic lambda parameters are not supported", at: token)
      }
      guard case .name(let extra) = token.kind else { throw expected("a parameter name") }
      guard !names.contains(extra) else {
        throw error("duplicate argument '\(extra)' in function definition", at: token)
      }
      names.append(extra)
      advance()
      guard atSymbol("=") else {
        if sawDefault { throw error("non-default argument follows default argument", at: token) }
        throw error("lambda must take exactly one parameter but takes more", at: token)
      }
      advance()
      defaults[extra] = try Interpreter(argument: .int(0)).evaluate(try parseTest())
      sawDefault = true
    }
    guard atSymbol(":") else { throw expected("':'") }
    advance()
    return (name, defaults)
  }

  // MARK: Tokens

  private var current: Token { tokens[index] }

  private func atSymbol(_ symbol: String) -> Bool { tokens[index].kind == .symbol(symbol) }

  private func atKeyword(_ keyword: String) -> Bool { tokens[index].kind == .keyword(keyword) }

  private var currentColumn: Int { tokens[index].column }

  private var atEnd: Bool { tokens[index].kind == .end }

  private var following: Token { tokens[Swift.min(index + 1, tokens.count - 1)] }

  private mutating func advance() {
    if index < tokens.count - 1 { index += 1 }
  }

  /// An error at `token` (by default the current one); at unreadable input,
  /// the lexer's error instead.
  private func error(_ message: String, at token: Token? = nil) -> ExpressionError {
    Parser.error(message, at: token ?? current)
  }

  private static func error(_ message: String, at token: Token) -> ExpressionError {
    if case .invalid(let error) = token.kind { return error }
    return ExpressionError(message, column: token.column)
  }

  /// "expected <what> but found <current token>".
  private func expected(_ what: String) -> ExpressionError {
    Parser.expected(what, at: current)
  }

  private static func expected(_ what: String, at token: Token) -> ExpressionError {
    error("expected \(what) but found \(token.quoted)", at: token)
  }

  private func tooDeep() -> ExpressionError {
    error("expression nested too deeply (more than \(LambdaExpression.maximumDepth) levels)")
  }

  private func unknownName(_ name: String, at token: Token) -> ExpressionError {
    error("unknown name '\(name)' (allowed: \(allowedNames))", at: token)
  }

  private func uncalled(_ builtin: Builtin, at token: Token) -> ExpressionError {
    error("'\(builtin.name)' is a function and must be called", at: token)
  }

  private mutating func expect(_ symbol: String) throws(ExpressionError) {
    guard atSymbol(symbol) else {
      throw expected("'" + symbol + "'")
    }
    advance()
  }

  private mutating func descend() throws(ExpressionError) {
    depth += 1
    if depth > LambdaExpression.maximumDepth {
      throw tooDeep()
    }
  }

  // MARK: Grammar

  private mutating func parseTest() throws(ExpressionError) -> Node {
    try descend()
    defer { depth -= 1 }
    let body = try parseOr()
    guard atKeyword("if") else { return body }
    advance()
    let test = try parseOr()
    guard atKeyword("else") else {
      throw expected("'else'")
    }
    advance()
    let otherwise = try parseTest()
    return .conditional(body, test: test, otherwise: otherwise)
  }

  private mutating func parseOr() throws(ExpressionError) -> Node {
    var operands = [try parseAnd()]
    while atKeyword("or") {
      advance()
      operands.append(try parseAnd())
    }
    return operands.count == 1 ? operands[0] : .boolean(.or, operands)
  }

  private mutating func parseAnd() throws(ExpressionError) -> Node {
    var operands = [try parseNot()]
    while atKeyword("and") {
      advance()
      operands.append(try parseNot())
    }
    return operands.count == 1 ? operands[0] : .boolean(.and, operands)
  }

  private mutating func parseNot() throws(ExpressionError) -> Node {
    guard atKeyword("not") else { return try parseComparison() }
    advance()
    try descend()
    defer { depth -= 1 }
    return .not(try parseNot())
  }

  private mutating func parseComparison() throws(ExpressionError) -> Node {
    let first = try parseBitOr()
    var steps: [(operation: ComparisonOperator, column: Int, operand: Node)] = []
    while let operation = comparisonOperator() {
      let column = currentColumn
      advance()
      if operation == .notIn || operation == .isNot { advance() }
      steps.append((operation, column, try parseBitOr()))
    }
    return steps.isEmpty ? first : .comparison(first, steps)
  }

  /// Python's precedence below comparisons: `|`, then `^`, then `&`, then `<<`/`>>`.
  private mutating func parseBitOr() throws(ExpressionError) -> Node {
    try parseBinary([.bitOr]) { (parser: inout Parser) throws(ExpressionError) in
      try parser.parseBinary([.bitXor]) { (parser: inout Parser) throws(ExpressionError) in
        try parser.parseBinary([.bitAnd]) { (parser: inout Parser) throws(ExpressionError) in
          try parser.parseBinary([.leftShift, .rightShift]) { (parser: inout Parser) throws(ExpressionError) in
            try parser.parseArithmetic()
          }
        }
      }
    }
  }

  private mutating func parseBinary(
    _ operations: [BinaryOperator], _ operand: (inout Parser) throws(ExpressionError) -> Node
  ) throws(ExpressionError) -> Node {
    let first = try operand(&self)
    var steps: [(operation: BinaryOperator, column: Int, operand: Node)] = []
    while case .symbol(let symbol) = tokens[index].kind, let operation = BinaryOperator(rawValue: symbol),
      operations.contains(operation)
    {
      let column = currentColumn
      advance()
      steps.append((operation, column, try operand(&self)))
    }
    return steps.isEmpty ? first : .arithmetic(first, steps)
  }

  private func comparisonOperator() -> ComparisonOperator? {
    switch tokens[index].kind {
    case .symbol(let symbol): ComparisonOperator(rawValue: symbol)
    case .keyword("in"): .in
    case .keyword("not") where following.isKeyword("in"): .notIn
    case .keyword("is"): following.isKeyword("not") ? .isNot : .is
    default: nil
    }
  }

  private mutating func parseArithmetic() throws(ExpressionError) -> Node {
    let first = try parseTerm()
    var steps: [(operation: BinaryOperator, column: Int, operand: Node)] = []
    while atSymbol("+") || atSymbol("-") {
      let operation: BinaryOperator = atSymbol("+") ? .add : .subtract
      let column = currentColumn
      advance()
      steps.append((operation, column, try parseTerm()))
    }
    return steps.isEmpty ? first : .arithmetic(first, steps)
  }

  private mutating func parseTerm() throws(ExpressionError) -> Node {
    let first = try parseFactor()
    var steps: [(operation: BinaryOperator, column: Int, operand: Node)] = []
    while case .symbol(let symbol) = tokens[index].kind,
      let operation = BinaryOperator(rawValue: symbol),
      [.multiply, .trueDivide, .floorDivide, .remainder].contains(operation)
    {
      let column = currentColumn
      advance()
      steps.append((operation, column, try parseFactor()))
    }
    return steps.isEmpty ? first : .arithmetic(first, steps)
  }

  private mutating func parseFactor() throws(ExpressionError) -> Node {
    guard case .symbol(let symbol) = tokens[index].kind,
      let operation = UnaryOperator(rawValue: symbol)
    else { return try parsePower() }
    let column = currentColumn
    advance()
    try descend()
    defer { depth -= 1 }
    return .unary(operation, try parseFactor(), column: column)
  }

  private mutating func parsePower() throws(ExpressionError) -> Node {
    let base = try parsePrimary()
    guard atSymbol("**") else { return base }
    let column = currentColumn
    advance()
    try descend()
    defer { depth -= 1 }
    return .power(base, try parseFactor(), column: column)
  }

  private mutating func parsePrimary() throws(ExpressionError) -> Node {
    let start = current
    var node = try parseAtom()
    if atSymbol("[") {
      guard case .sequence(let elements, _) = node, start.isSymbol("(") || start.isSymbol("[") else {
        throw error("only a list or tuple display can be subscripted, e.g. [1.0, 0.1][i]")
      }
      let column = currentColumn
      advance()
      if atSymbol(":") { throw error("slices are not supported") }
      let index = try parseTest()
      if atSymbol(":") { throw error("slices are not supported") }
      try expect("]")
      node = .indexed(elements, index: index, isList: start.isSymbol("["), column: column)
      if atSymbol("[") { throw error("only a list or tuple display can be subscripted, e.g. [1.0, 0.1][i]") }
    }
    if atSymbol("(") {
      throw error("only the built-in functions can be called")
    }
    if atSymbol(".") {
      throw error("attribute access is not supported (only math.<name>)")
    }
    return node
  }

  private mutating func parseAtom() throws(ExpressionError) -> Node {
    let token = current
    switch token.kind {
    case .integer(let value):
      advance()
      return .constant(.int(value))
    case .bigInteger(let value):
      advance()
      return .constant(.bigInt(value))
    case .float(let value):
      advance()
      return .constant(.float(value))
    case .keyword("True"), .keyword("False"):
      advance()
      return .constant(.bool(token.isKeyword("True")))
    case .name(let name):
      advance()
      return try resolve(name, at: token)
    case .symbol("("):
      return try parseParenthesized()
    case .symbol("["):
      return try parseList()
    case .keyword("lambda"):
      throw error("'lambda' is only supported at the start of the expression")
    case .string:
      throw error("a string is only supported as the argument of float(), e.g. float('inf')")
    default:
      throw expected("an expression")
    }
  }

  private mutating func resolve(_ name: String, at token: Token) throws(ExpressionError) -> Node {
    if name == variable { return .variable }
    if let value = defaults[name] { return .constant(value) }
    if name == "math" {
      guard atSymbol(".") else {
        throw error("'math' must be followed by '.name', e.g. math.cos(x)", at: token)
      }
      advance()
      let memberToken = current
      guard case .name(let member) = memberToken.kind else {
        throw expected("a name after 'math.'")
      }
      advance()
      if let builtin = Builtin.mathMember(member) { return try parseCall(builtin, at: token) }
      if let constant = MathConstant(rawValue: member) { return .constant(.float(constant.value)) }
      throw unknownName("math." + member, at: memberToken)
    }
    if let builtin = Builtin.named(name) { return try parseCall(builtin, at: token) }
    if let constant = MathConstant(rawValue: name) { return .constant(.float(constant.value)) }
    throw unknownName(name, at: token)
  }

  private var allowedNames: String {
    let functions = Builtin.allCases.filter { $0 != .mathPow }.map(\.name)
    let constants = MathConstant.allCases.map(\.rawValue)
    return ([variable] + functions + constants + ["math.<name>"]).joined(separator: ", ")
  }

  private mutating func parseCall(_ builtin: Builtin, at nameToken: Token) throws(ExpressionError)
    -> Node
  {
    guard atSymbol("(") else {
      throw uncalled(builtin, at: nameToken)
    }
    advance()
    if builtin == .float, case .string(let text) = current.kind, following.isSymbol(")") {
      let token = current
      advance()
      advance()
      guard let value = Builtin.floatFromString(text) else {
        throw error("ValueError: could not convert string to float: \(token.text)", at: token)
      }
      return .call(.float, [.constant(.float(value))], column: nameToken.column)
    }
    var arguments: [Node] = []
    while !atSymbol(")") {
      if atSymbol("*") || atSymbol("**") {
        throw error("argument unpacking is not supported")
      }
      if case .name = tokens[index].kind, following.isSymbol("=") {
        throw error("keyword arguments are not supported")
      }
      arguments.append(try parseTest())
      if atSymbol(",") {
        advance()
      } else if !atSymbol(")") {
        throw expected("',' or ')'")
      }
    }
    advance()
    try checkArguments(arguments, of: builtin, at: nameToken)
    return .call(builtin, arguments, column: nameToken.column)
  }

  private func checkArguments(
    _ arguments: [Node], of builtin: Builtin, at nameToken: Token
  ) throws(ExpressionError) {
    let name = builtin.name
    if builtin == .sum, let first = arguments.first {
      guard case .sequence = first else {
        throw error("sum() needs a tuple or list, e.g. sum((a, b))", at: nameToken)
      }
    }
    if builtin == .fsum || builtin == .prod, let first = arguments.first {
      guard case .sequence = first else {
        throw error("\(name)() needs a tuple or list, e.g. \(name)((a, b))", at: nameToken)
      }
    }
    if (builtin == .min || builtin == .max) && arguments.count == 1 {
      guard case .sequence(let elements, _) = arguments[0] else {
        throw error(
          "\(name)() of a single argument needs a tuple or list, e.g. \(name)((a, b))",
          at: nameToken)
      }
      if elements.isEmpty { throw error("\(name)() arg is an empty sequence", at: nameToken) }
    }
    let arity = builtin.arity
    guard !arity.contains(arguments.count) else { return }
    let expected =
      if arity.upperBound == Int.max {
        "at least \(arity.lowerBound) argument\(arity.lowerBound == 1 ? "" : "s")"
      } else if arity.count == 1 {
        "exactly \(arity.lowerBound) argument\(arity.lowerBound == 1 ? "" : "s")"
      } else {
        "\(arity.lowerBound) to \(arity.upperBound) arguments"
      }
    throw error("\(name)() takes \(expected) (\(arguments.count) given)", at: nameToken)
  }

  /// `()`, `(x)`, `(x,)` or `(x, y, ...)`.
  private mutating func parseParenthesized() throws(ExpressionError) -> Node {
    let open = current
    advance()
    if atSymbol(")") {
      advance()
      return .sequence([], column: open.column)
    }
    let first = try parseTest()
    if atSymbol(")") {
      advance()
      return first
    }
    guard atSymbol(",") else {
      throw expected("')'")
    }
    var elements = [first]
    while atSymbol(",") {
      advance()
      if atSymbol(")") { break }
      elements.append(try parseTest())
    }
    try expect(")")
    return .sequence(elements, column: open.column)
  }

  /// `[x, y, ...]`.
  private mutating func parseList() throws(ExpressionError) -> Node {
    let open = current
    advance()
    var elements: [Node] = []
    while !atSymbol("]") {
      elements.append(try parseTest())
      if atSymbol(",") {
        advance()
      } else if !atSymbol("]") {
        throw expected("',' or ']'")
      }
    }
    advance()
    return .sequence(elements, column: open.column)
  }

  /// Rejects tuples and lists anywhere but on the right of a final
  /// `in`/`not in`, as the single argument of `min`/`max`, as `sum`'s first
  /// argument and subscripted, and requires one there after `in`.
  private static func checkSequences(in node: Node, allowed: Bool) throws(ExpressionError) {
    switch node {
    case .constant, .variable:
      return
    case .unary(_, let operand, _), .not(let operand):
      try checkSequences(in: operand, allowed: false)
    case .arithmetic(let first, let steps):
      try checkSequences(in: first, allowed: false)
      for step in steps { try checkSequences(in: step.operand, allowed: false) }
    case .power(let base, let exponent, _):
      try checkSequences(in: base, allowed: false)
      try checkSequences(in: exponent, allowed: false)
    case .boolean(_, let operands):
      for operand in operands { try checkSequences(in: operand, allowed: false) }
    case .comparison(let first, let steps):
      try checkSequences(in: first, allowed: false)
      for (position, step) in steps.enumerated() {
        let isMembership = step.operation == .in || step.operation == .notIn
        if isMembership {
          guard case .sequence = step.operand else {
            throw membershipWithoutSequence(step.operation, column: step.column)
          }
        }
        try checkSequences(in: step.operand, allowed: isMembership && position == steps.count - 1)
      }
    case .conditional(let body, let test, let otherwise):
      try checkSequences(in: body, allowed: false)
      try checkSequences(in: test, allowed: false)
      try checkSequences(in: otherwise, allowed: false)
    case .call(let builtin, let arguments, _):
      let single = builtin.takesIterable && arguments.count == 1
      for (position, argument) in arguments.enumerated() {
        try checkSequences(in: argument, allowed: single || (builtin == .sum && position == 0))
      }
    case .indexed(let elements, let index, _, _):
      for element in elements { try checkSequences(in: element, allowed: false) }
      try checkSequences(in: index, allowed: false)
    case .sequence(let elements, let column):
      guard allowed else { throw misplacedSequence(column: column) }
      for element in elements { try checkSequences(in: element, allowed: false) }
    }
  }

  private static func membershipWithoutSequence(
    _ operation: ComparisonOperator, column: Int
  ) -> ExpressionError {
    ExpressionError(
      "'\(operation.rawValue)' needs a tuple or list on its right, e.g. x in (1, 2)",
      column: column)
  }

  private static func misplacedSequence(column: Int) -> ExpressionError {
    ExpressionError(
      "a tuple or list is only supported after 'in'/'not in', "
        + "as the single argument of min()/max()/math.fsum()/math.prod(), as sum()'s first argument or subscripted",
      column: column)
  }
}
