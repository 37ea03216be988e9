/// A parsed, safe-to-evaluate expression of one variable.
///
/// The source is a Python expression in the supported subset (see
/// ``Parser``) or a lambda of one parameter, e.g. `"0.95 ** epoch"` or
/// `"lambda step: min(1.0, step / 10)"`. Nothing is executed: the source is
/// parsed once into a syntax tree, which ``evaluate(_:)-(Int)`` interprets
/// with Python's semantics, bit for bit as CPython on the same libm.
///
/// Untrusted input is safe: sources longer than ``maximumLength`` bytes (of
/// UTF-8, so one grapheme cluster of many scalars counts in full) or nested deeper than ``maximumDepth`` are rejected, and every failure
/// (syntax, unknown names, division by zero, overflow, domain errors) is an
/// ``ExpressionError``, never a trap.
public struct LambdaExpression: Sendable, Hashable {
  /// The longest accepted source, in bytes of UTF-8.
  public static let maximumLength = 4096
  /// The deepest accepted nesting of parentheses, calls and operators.
  public static let maximumDepth = 64

  /// The source text as given.
  public let source: String
  /// The variable name the expression is in.
  public let variable: String
  private let body: Node

  /// Parses `source`: a bare expression in `defaultVariable`, or `lambda NAME: expr`.
  public init(_ source: String, defaultVariable: String) throws(ExpressionError) {
    guard source.utf8.count <= LambdaExpression.maximumLength else {
      throw ExpressionError(
        "expression is too long (more than \(LambdaExpression.maximumLength) bytes)")
    }
    let tokens = Lexer.tokenize(Array(source))
    let parsed = try Parser.parse(tokens, defaultVariable: defaultVariable)
    self.source = source
    self.variable = parsed.variable
    self.body = parsed.body
  }

  /// Evaluates with the variable bound to an integer (as PyTorch passes `last_epoch`).
  public func evaluate(_ value: Int) throws(ExpressionError) -> PyValue {
    try evaluate(PyValue.int(value))
  }

  /// Evaluates with the variable bound to a float.
  public func evaluate(_ value: Double) throws(ExpressionError) -> PyValue {
    try evaluate(PyValue.float(value))
  }

  /// Evaluates with the variable bound to `value`.
  public func evaluate(_ value: PyValue) throws(ExpressionError) -> PyValue {
    try Interpreter(argument: value).evaluate(body)
  }

  public static func == (lhs: LambdaExpression, rhs: LambdaExpression) -> Bool {
    lhs.source == rhs.source && lhs.variable == rhs.variable
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(source)
    hasher.combine(variable)
  }
}
