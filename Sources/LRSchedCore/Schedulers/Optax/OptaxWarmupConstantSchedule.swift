/// `optax.warmup_constant_schedule`: `linear_schedule` from `init_value` to `peak_value` over
/// `warmup_steps`, then `peak_value`.
///
/// As in optax, `warmup_steps <= 0` holds `init_value` (not `peak_value`) throughout.
public struct OptaxWarmupConstantSchedule: StepFunctionSchedule {
  public let linear: OptaxLinearSchedule

  public init(initValue: Double, peakValue: Double, warmupSteps: Int) {
    linear = OptaxLinearSchedule(initValue: initValue, endValue: peakValue, transitionSteps: warmupSteps)
  }

  public func callAsFunction(_ count: Int) -> Double { linear(count) }
}

extension OptaxWarmupConstantSchedule {
  static let initValue = Param<Double>("init_value", help: "The value at step 0.", runDefault: .constant(0))
  static let peakValue = Param<Double>("peak_value", help: "The value reached after the warmup and held.", runDefault: .learningRate())
  static let warmupSteps = OptaxArguments.stepCount(
    "warmup_steps", help: "Steps of linear warmup.", runDefault: .steps(denominator: 10, minimum: 0), marker: "warmup end")

  static let entry = OptaxScheduleEntry(
    name: "optax.warmup_constant_schedule",
    summary: "Linear warmup from init_value to peak_value, then constant.",
    details: "Warmup without decay, e.g. for fine-tuning with a fixed rate. Note optax's quirk: warmup_steps <= 0 holds init_value, not peak_value.",
    parameters: [initValue, peakValue, warmupSteps]
  ) { args, _ throws(SpecError) in
    OptaxWarmupConstantSchedule(
      initValue: try args[initValue], peakValue: try args[peakValue], warmupSteps: try args[warmupSteps])
  }
}
