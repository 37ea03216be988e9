/// One keyword argument of a scheduler as the catalog documents it: its name, its default as the
/// library writes it, what it means, and what lrsched's flags and charts do with it.
public struct ParameterInfo: Sendable {
  public let name: String
  /// The default as Python prints it, or `nil` when the argument is required.
  public let defaultValue: String?
  public let help: String
  /// The value flags fill from the run when the argument is left out, if any.
  public let runDefault: RunDefault?
  /// Arguments that take this one's place: the run default is not filled when one is given.
  public let alternatives: [String]
  /// The label of the phase marker at the step (or steps) this argument names, if it names one.
  public let marker: String?
  /// The marker's step when the argument is left out (PyTorch's `total_iters=5`).
  public let markerDefault: Int?

  public init(
    _ name: String, _ defaultValue: String?, _ help: String, runDefault: RunDefault? = nil, alternatives: [String] = [],
    marker: String? = nil, markerDefault: Int? = nil
  ) {
    self.name = name
    self.defaultValue = defaultValue
    self.help = help
    self.runDefault = runDefault
    self.alternatives = alternatives
    self.marker = marker
    self.markerDefault = markerDefault
  }
}
