/// Text ``PyCallParser`` cannot read: what is wrong, at which column and in which argument.
public struct PyCallError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong, without the column prefix.
  public let message: String
  /// 1-based column, in characters, of the offending token.
  public let column: Int
  /// The argument the error is in, as keyword names and indexes (`.schedulers[0].gamma`);
  /// empty for the call or value itself.
  public let path: String

  public init(_ message: String, column: Int, path: String = "") {
    self.message = message
    self.column = column
    self.path = path
  }

  /// `"column 5: message"`.
  public var description: String { "column \(column): \(message)" }
}
