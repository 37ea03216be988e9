import LRSchedCore

/// One schedule as the command line asks for it: a source, the `--scheduler` value (a catalog
/// name or a constructor call pasted from Python), the flags over them, and what the data looks
/// like. `SpecResolver` turns it into a `RunSpec`.
public struct ScheduleRequest: Sendable, Equatable {
  public var source: ScheduleSource
  /// A scheduler name or alias, or a pasted call (`OneCycleLR(optimizer, max_lr=0.1)`), already
  /// parsed into a spec object by the caller when it is a call.
  public var scheduler: SchedulerChoice?
  public var overrides: RunOverrides
  public var hints: RunHints

  public init(
    source: ScheduleSource = .flags, scheduler: SchedulerChoice? = nil, overrides: RunOverrides = RunOverrides(),
    hints: RunHints = RunHints()
  ) {
    self.source = source
    self.scheduler = scheduler
    self.overrides = overrides
    self.hints = hints
  }
}
