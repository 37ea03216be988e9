/// Why a JSON document could not be read, with the 1-based line and column of the problem.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  public let line: Int
  public let column: Int

  public var description: String { "line \(line), column \(column): \(message)" }
}
