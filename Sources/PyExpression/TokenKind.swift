/// What a ``Token`` is.
enum TokenKind: Equatable, Sendable {
  case integer(Int)
  /// An integer literal too large for an `Int`.
  case bigInteger(BigInt)
  case float(Double)
  case name(String)
  /// A string literal's value, its quotes and escapes resolved (``LexerMode/call`` only).
  case string(String)
  /// One of the supported keywords: `and`, `else`, `False`, `if`, `in`,
  /// `lambda`, `not`, `or`, `True`, and `None` in ``LexerMode/call``.
  case keyword(String)
  /// An operator or punctuation mark: `+ - * / // % ** < <= > >= == != ( ) [ ] , . : =`,
  /// and `{ }` in ``LexerMode/call``.
  case symbol(String)
  case end
  /// Input the lexer could not read; stands for everything after it, so
  /// that a parser error earlier in the source is still reported first.
  case invalid(ExpressionError)
}
