/// A failure to parse or evaluate a ``LambdaExpression``, or a Python error ``PyChecked`` raises.
///
/// Parse errors always carry the 1-based column (counted in characters) of
/// the offending token; evaluation errors carry the column of the operator or
/// call that failed.
public struct ExpressionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, without the column prefix.
  public let message: String
  /// 1-based column in the source, when the error is tied to a place.
  public let column: Int?

  public init(_ message: String, column: Int? = nil) {
    self.message = message
    self.column = column
  }

  /// `"column 5: message"`, or the bare message when there is no column.
  public var description: String {
    guard let column else { return message }
    return "column \(column): \(message)"
  }

  /// This error, placed at `column` unless it already has a place.
  func placed(at column: Int) -> ExpressionError {
    self.column == nil ? ExpressionError(message, column: column) : self
  }
}
