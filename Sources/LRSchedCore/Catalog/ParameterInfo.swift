/// One keyword argument of a scheduler, as `lrsched list` documents it.
public struct ParameterInfo: Sendable {
  public let name: String
  /// The default as the library writes it, or `nil` when the argument is required.
  public let defaultValue: String?
  public let help: String
  /// When the argument is required by the library but lrsched's flags fill it from the run.
  public let runDefault: String?

  public init(_ name: String, _ defaultValue: String?, _ help: String, runDefault: String? = nil) {
    self.name = name
    self.defaultValue = defaultValue
    self.help = help
    self.runDefault = runDefault
  }
}
