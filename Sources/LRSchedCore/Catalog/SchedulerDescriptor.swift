/// Everything lrsched knows about one scheduler, declared in the scheduler's own file: its names
/// and documentation, its parameters, its traits, and what markers, lint, warmup and export do
/// with it. The generic walkers (`PhaseMarkers`, `SpecLinter`, `RunDefaults`, `WarmupWrapper`,
/// the exporters) ask the descriptor and name no scheduler.
public struct SchedulerDescriptor: Sendable {
  /// Adds the scheduler's own phase markers (beyond those its parameters declare) for `node`.
  public typealias MarkerRule = @Sendable (_ node: SchedulerNode, _ markers: inout PhaseMarkerSet) -> Void
  /// The scheduler's own lint findings for `node`.
  public typealias LintRules = @Sendable (_ node: SchedulerNode, _ context: LintContext) -> [LintFinding]
  /// Builds the scheduler from its arguments; reads each argument it accepts.
  public typealias Build = @Sendable (SchedulerArguments, BuildContext) throws(SpecError) -> any LRScheduler

  /// The library's own name (`StepLR`, `get_wsd_schedule`, `optax.sgdr_schedule`, ...).
  public let name: String
  public let library: Library
  /// Short names for `--scheduler` (`step`, `cosine`, ...).
  public let aliases: [String]
  /// Names the framework configs use for it (timm's `sched: cosine`), which config readers look up.
  public let configNames: [String]
  /// One line: what the schedule does.
  public let summary: String
  /// When to use it, and the step interval it expects.
  public let details: String
  /// Its keyword arguments, in the library's order.
  public let parameters: [ParameterInfo]
  public let traits: SchedulerTraits
  /// How it wraps other schedulers, if it does.
  public let composition: SchedulerComposition?
  public let markers: MarkerRule
  public let lint: LintRules
  public let warmup: WarmupStrategy
  public let export: PythonExport
  public let build: Build

  public init(
    name: String, library: Library, aliases: [String] = [], configNames: [String] = [], summary: String,
    details: String, parameters: [any ParameterDeclaration], traits: SchedulerTraits = [],
    composition: SchedulerComposition? = nil, markers: @escaping MarkerRule = { _, _ in },
    lint: @escaping LintRules = { _, _ in [] }, warmup: WarmupStrategy, export: PythonExport,
    build: @escaping Build
  ) {
    self.name = name
    self.library = library
    self.aliases = aliases
    self.configNames = configNames
    self.summary = summary
    self.details = details
    self.parameters = parameters.map(\.info)
    self.traits = traits
    self.composition = composition
    self.markers = markers
    self.lint = lint
    self.warmup = warmup
    self.export = export
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

  /// The parameter named `name`, if it declares one.
  public func parameter(_ name: String) -> ParameterInfo? {
    parameters.first { $0.name == name }
  }
}
