/// A log that cannot be read or matched to a plan: a missing file, a broken record, no learning-rate
/// column. `description` is the whole message, naming the file.
public struct LogError: Error, CustomStringConvertible, Sendable {
  public let description: String

  public init(_ description: String) {
    self.description = description
  }
}
