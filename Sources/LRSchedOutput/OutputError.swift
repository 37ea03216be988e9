/// Output that could not be written (full disk, closed pipe, unwritable path): what and why.
public struct OutputError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
