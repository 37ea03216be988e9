/// Why a spec cannot be written as Python for the target asked for.
public struct ExportError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
