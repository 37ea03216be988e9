/// The language a ``Lexer`` reads.
enum LexerMode: Sendable {
  /// The evaluator's subset: no strings, comments, braces or `None`.
  case expression
  /// Constructor calls pasted from Python: the subset plus string literals, `{` and `}`,
  /// the `None` keyword and `#` comments to the end of the line.
  case call
}
