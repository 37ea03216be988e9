/// Why a spec, a flag or a step of a schedule was refused: where (`scheduler.milestones[2]`) and why.
///
/// The library's own validation errors (PyTorch's `ValueError`s and so on) are reported with the
/// library's wording, placed at the argument they concern.
public struct SpecError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A dotted path into the spec, such as `scheduler.schedulers[1].T_max`; empty for the whole run.
  public let path: String
  public let message: String

  public init(_ path: String, _ message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
