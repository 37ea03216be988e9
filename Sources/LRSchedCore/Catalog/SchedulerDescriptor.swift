/// A scheduler lrsched knows: its names, its documentation, and its constructor.
public struct SchedulerDescriptor: Sendable {
  /// The library's own name (`StepLR`, `get_wsd_schedule`, `optax.sgdr_schedule`, ...).
  public let name: String
  public let library: Library
  /// Short names for `--scheduler` (`step`, `cosine`, ...).
  public let aliases: [String]
  /// One line: what the schedule does.
  public let summary: String
  /// When to use it, and the step interval it expects.
  public let details: String
  public let parameters: [ParameterInfo]
  /// Builds the scheduler from its arguments; reads each argument it accepts.
  public let build: @Sendable (SchedulerArguments, BuildContext) throws(SpecError) -> any LRScheduler

  public init(
    name: String, library: Library, aliases: [String] = [], summary: String, details: String,
    parameters: [ParameterInfo],
    build: @escaping @Sendable (SchedulerArguments, BuildContext) throws(SpecError) -> any LRScheduler
  ) {
    self.name = name
    self.library = library
    self.aliases = aliases
    self.summary = summary
    self.details = details
    self.parameters = parameters
    self.build = build
  }

  /// The namespaced name, `torch.StepLR`, `optax.sgdr_schedule`, ...
  public var qualifiedName: String {
    name.hasPrefix(library.rawValue + ".") ? name : "\(library.rawValue).\(name)"
  }

  /// The name without a library prefix.
  public var bareName: String {
    name.hasPrefix(library.rawValue + ".") ? String(name.dropFirst(library.rawValue.count + 1)) : name
  }
}
