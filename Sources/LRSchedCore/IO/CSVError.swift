/// Input a `CSVReader` cannot read: a file error, a record too long, an unterminated quote.
/// `description` names the input and, when known, the line: `log.csv:12: ...`.
public struct CSVError: Error, CustomStringConvertible, Sendable {
  /// The input's name as given to the reader.
  public let name: String
  /// The 1-based line the problem is on, or `nil` for the whole input (it cannot be opened or read).
  public let line: Int?
  public let message: String

  public init(name: String, line: Int?, message: String) {
    self.name = name
    self.line = line
    self.message = message
  }

  public var description: String {
    line.map { "\(name):\($0): \(message)" } ?? "\(name): \(message)"
  }
}
