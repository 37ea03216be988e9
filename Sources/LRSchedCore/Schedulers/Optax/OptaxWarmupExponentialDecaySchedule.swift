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
  static let initValue = Param<Double>("init_value", help: "The value at step 0.", runDefault: .constant(0))
  static let peakValue = Param<Double>("peak_value", help: "The value reached after the warmup.", runDefault: .learningRate())
  static let warmupSteps = OptaxArguments.stepCount(
    "warmup_steps", help: "Steps of linear warmup.", runDefault: .steps(denominator: 10, minimum: 0), marker: "warmup end")
  static let transitionSteps = OptaxArguments.stepCount(
    "transition_steps", help: "Steps per factor of decay_rate; <= 0 holds peak_value.", runDefault: .steps())
  static let decayRate = Param<Double>("decay_rate", help: "The factor per transition_steps; 0 holds peak_value.")
  static let transitionBegin = OptaxArguments.stepCount(
    "transition_begin", default: 0, help: "Steps after the warmup to hold peak_value before decaying.")
  static let staircase = Param<Bool>("staircase", default: false, help: "Decay at whole multiples of transition_steps only.")
  static let endValue = Param<Double?>(
    "end_value", help: "A bound on the decayed value (lower when decay_rate < 1, upper otherwise).")

  static let entry = OptaxScheduleEntry(
    name: "optax.warmup_exponential_decay_schedule", aliases: ["warmup-exponential"],
    summary: "Linear warmup to peak_value, then exponential decay by decay_rate per transition_steps.",
    details: "Warmup followed by (staircase) exponential decay, bounded by end_value. The decay's count starts after the warmup; transition_begin then holds peak_value a little longer.",
    parameters: [initValue, peakValue, warmupSteps, transitionSteps, decayRate, transitionBegin, staircase, endValue]
  ) { args, _ throws(SpecError) in
    OptaxWarmupExponentialDecaySchedule(
      initValue: try args[initValue], peakValue: try args[peakValue], warmupSteps: try args[warmupSteps],
      transitionSteps: try args[transitionSteps], decayRate: try args[decayRate],
      transitionBegin: try args[transitionBegin], staircase: try args[staircase], endValue: try args[endValue])
  }
}
