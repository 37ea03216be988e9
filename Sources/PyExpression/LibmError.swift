/// A failure the C library reported, with its message (`strerror(errno)`).
public struct LibmError: Error, Sendable, Equatable {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }
}
