/// One optax schedule function: its catalog descriptor, and the maker that builds the pure
/// schedule from its arguments, which the schedules that nest others (`join_schedules`) use too.
struct OptaxScheduleEntry: Sendable {
  /// Builds the schedule from its arguments at a nesting depth.
  typealias Make = @Sendable (SchedulerArguments, Int) throws(SpecError) -> any StepFunctionSchedule

  /// How lrsched computes optax's values, for every descriptor's details.
  static let numerics =
    "lrsched repeats JAX's float32 operations (and optax's Python-float ones in double), so it agrees with optax to float32 precision. Row i is schedule(i), the absolute learning rate (the optimizer's lr is unused); optax counts optimizer updates, so use --interval step."

  let descriptor: SchedulerDescriptor
  let make: Make

  /// Refuses `--warmup-steps`: optax's values are absolute, and it has warmup schedules of its own.
  static let warmup = WarmupStrategy.refused(
    "optax schedules compute absolute values; use optax's warmup schedules (optax.warmup_cosine_decay_schedule, optax.join_schedules)")

  init(
    name: String, aliases: [String] = [], summary: String, details: String, parameters: [any ParameterDeclaration],
    composition: SchedulerComposition? = nil, markers: @escaping SchedulerDescriptor.MarkerRule = { _, _ in },
    make: @escaping Make
  ) {
    self.make = make
    descriptor = SchedulerDescriptor(
      name: name, library: .optax, aliases: aliases, summary: summary,
      details: details + " " + Self.numerics, parameters: parameters, traits: [.perBatch, .absoluteLR],
      composition: composition, markers: markers, warmup: Self.warmup, export: .function
    ) { args, ctx throws(SpecError) in
      StepFunctionScheduler(optimizer: ctx.optimizer, schedule: try make(args, ctx.depth))
    }
  }
}
