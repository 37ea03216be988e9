/// `optax.warmup_exponential_decay_schedule`: `join_schedules` of a linear warmup from
/// `init_value` to `peak_value` over `warmup_steps` and `exponential_decay` from `peak_value`,
/// its count restarting at the end of the warmup.
public struct OptaxWarmupExponentialDecaySchedule: StepFunctionSchedule {
  public let joined: OptaxJoinSchedules

  public init(
    initValue: Double, peakValue: Double, warmupSteps: Int, transitionSteps: Int, decayRate: Double,
    transitionBegin: Int = 0, staircase: Bool = false, endValue: Double? = nil
  ) {
    let warmup = OptaxLinearSchedule(initValue: initValue, endValue: peakValue, transitionSteps: warmupSteps)
    let decay = OptaxExponentialDecay(
      initValue: peakValue, transitionSteps: transitionSteps, decayRate: decayRate, transitionBegin: transitionBegin,
      staircase: staircase, endValue: endValue)
    joined = OptaxJoinSchedules(first: warmup, rest: [decay], boundaries: [warmupSteps])
  }

  public func callAsFunction(_ count: Int) -> Double { joined(count) }
}

extension OptaxWarmupExponentialDecaySchedule {
  static let entry = OptaxScheduleEntry(
    name: "optax.warmup_exponential_decay_schedule", aliases: ["warmup-exponential"],
    summary: "Linear warmup to peak_value, then exponential decay by decay_rate per transition_steps.",
    details: "Warmup followed by (staircase) exponential decay, bounded by end_value. The decay's count starts after the warmup; transition_begin then holds peak_value a little longer.",
    parameters: [
      ParameterInfo("init_value", nil, "The value at step 0."),
      ParameterInfo("peak_value", nil, "The value reached after the warmup."),
      ParameterInfo("warmup_steps", nil, "Steps of linear warmup.", marker: "warmup end"),
      ParameterInfo("transition_steps", nil, "Steps per factor of decay_rate; <= 0 holds peak_value.", runDefault: .steps()),
      ParameterInfo("decay_rate", nil, "The factor per transition_steps; 0 holds peak_value."),
      ParameterInfo("transition_begin", "0", "Steps after the warmup to hold peak_value before decaying."),
      ParameterInfo("staircase", "False", "Decay at whole multiples of transition_steps only."),
      ParameterInfo("end_value", "None", "A bound on the decayed value (lower when decay_rate < 1, upper otherwise)."),
    ]
  ) { args, _ throws(SpecError) in
    OptaxWarmupExponentialDecaySchedule(
      initValue: try args.double("init_value"), peakValue: try args.double("peak_value"),
      warmupSteps: try OptaxArguments.count(args, "warmup_steps"),
      transitionSteps: try OptaxArguments.count(args, "transition_steps"),
      decayRate: try args.double("decay_rate"),
      transitionBegin: try OptaxArguments.count(args, "transition_begin", default: 0),
      staircase: try args.bool("staircase", default: false),
      endValue: try args.optionalDouble("end_value"))
  }
}
