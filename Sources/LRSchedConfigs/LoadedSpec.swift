import LRSchedCore

/// A spec document as read: the JSON the engine uses and where it came from.
public struct LoadedSpec: Sendable {
  /// The spec, in the contract of `shared/reference/README.md`.
  public let json: JSONValue
  /// `.spec` for a spec document, `.lightning` when it was converted from a LightningCLI config.
  public let source: ConfigSource

  public init(json: JSONValue, source: ConfigSource) {
    self.json = json
    self.source = source
  }
}
