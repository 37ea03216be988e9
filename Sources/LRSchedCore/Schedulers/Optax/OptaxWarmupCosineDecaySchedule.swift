/// `optax.warmup_cosine_decay_schedule`: `join_schedules` of a linear warmup from `init_value` to
/// `peak_value` over `warmup_steps` and a cosine decay from `peak_value` to `end_value` over the
/// remaining `decay_steps - warmup_steps` (`alpha = end_value / peak_value`, 0 when the peak is 0).
public struct OptaxWarmupCosineDecaySchedule: StepFunctionSchedule {
  public let joined: OptaxJoinSchedules

  /// Refuses `decay_steps <= warmup_steps` with optax's error (raised by the cosine decay), at `path`.
  public init(
    initValue: Double, peakValue: Double, warmupSteps: Int, decaySteps: Int, endValue: Double = 0,
    exponent: OptaxExponent = .real(1), path: String
  ) throws(SpecError) {
    let alpha = peakValue == 0 ? 0.0 : endValue / peakValue
    let warmup = OptaxLinearSchedule(initValue: initValue, endValue: peakValue, transitionSteps: warmupSteps)
    let decay = try OptaxCosineDecaySchedule(
      initValue: peakValue, decaySteps: decaySteps - warmupSteps, alpha: alpha, exponent: exponent, path: path)
    joined = OptaxJoinSchedules(first: warmup, rest: [decay], boundaries: [warmupSteps])
  }

  public func callAsFunction(_ count: Int) -> Double { joined(count) }

  /// Builds one from its keyword arguments (also each of `sgdr_schedule`'s `cosine_kwargs`).
  static func read(_ args: SchedulerArguments) throws(SpecError) -> OptaxWarmupCosineDecaySchedule {
    try OptaxWarmupCosineDecaySchedule(
      initValue: try args[initValue], peakValue: try args[peakValue], warmupSteps: try args[warmupSteps],
      decaySteps: try args[decaySteps], endValue: try args[endValue], exponent: try args[exponent],
      path: args.path(decaySteps.name))
  }
}

extension OptaxWarmupCosineDecaySchedule {
  static let initValue = Param<Double>("init_value", help: "The value at step 0.", runDefault: .constant(0))
  static let peakValue = Param<Double>("peak_value", help: "The value reached after the warmup.", runDefault: .learningRate())
  static let warmupSteps = OptaxArguments.stepCount(
    "warmup_steps", help: "Steps of linear warmup.", runDefault: .steps(denominator: 10, minimum: 0), marker: "warmup end")
  static let decaySteps = OptaxArguments.stepCount(
    "decay_steps", help: "Total length of the schedule, warmup included.", runDefault: .steps())
  static let endValue = Param<Double>("end_value", default: 0.0, help: "The value at the end of the decay.")
  static let exponent = OptaxArguments.exponent("exponent", default: 1.0, help: "Power applied to the half-cosine factor.")

  static let entry = OptaxScheduleEntry(
    name: "optax.warmup_cosine_decay_schedule", aliases: ["optax-warmup-cosine"],
    summary: "Linear warmup to peak_value, then cosine decay to end_value; decay_steps counts the warmup.",
    details: "The usual transformer/ViT schedule in JAX. decay_steps is the whole schedule's length, warmup included, and must exceed warmup_steps; after it the value stays at end_value.",
    parameters: [initValue, peakValue, warmupSteps, decaySteps, endValue, exponent]
  ) { args, _ throws(SpecError) in
    try OptaxWarmupCosineDecaySchedule.read(args)
  }
}
