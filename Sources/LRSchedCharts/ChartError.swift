/// A chart that cannot be built from its input (a log without an `lr` column, a loss curve of
/// a spec without training); `description` is the whole message.
public struct ChartError: Error, CustomStringConvertible, Sendable {
  public let description: String

  public init(_ description: String) {
    self.description = description
  }
}
