/// One lexical unit of an expression and where it starts.
struct Token: Sendable {
  let kind: TokenKind
  /// The characters the token was read from (empty at the end).
  let text: String
  /// 1-based column of the token's first character.
  let column: Int

  /// The token as an error message names it: `'+'`, `name 'foo'`, `end of expression`.
  var quoted: String {
    switch kind {
    case .end: "end of expression"
    case .invalid(let error): error.message
    case .name: "name '\(text)'"
    case .integer, .bigInteger, .float: "number '\(text)'"
    case .string: "string \(text)"
    case .keyword, .symbol: "'\(text)'"
    }
  }

  func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }
  func isKeyword(_ keyword: String) -> Bool { kind == .keyword(keyword) }
}
