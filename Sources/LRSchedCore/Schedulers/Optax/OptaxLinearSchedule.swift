/// `optax.linear_schedule`: `polynomial_schedule` with `power=1` (an integer power, so the
/// fraction is used as is).
public struct OptaxLinearSchedule: StepFunctionSchedule {
  public let polynomial: OptaxPolynomialSchedule

  public init(initValue: Double, endValue: Double, transitionSteps: Int, transitionBegin: Int = 0) {
    polynomial = OptaxPolynomialSchedule(
      initValue: initValue, endValue: endValue, power: .integer(1), transitionSteps: transitionSteps,
      transitionBegin: transitionBegin)
  }

  public func callAsFunction(_ count: Int) -> Double { polynomial(count) }
}

extension OptaxLinearSchedule {
  static let entry = OptaxScheduleEntry(
    name: "optax.linear_schedule",
    summary: "Moves linearly from init_value to end_value over transition_steps steps.",
    details: "Linear warmup (init_value 0) or linear decay, often a piece of optax.join_schedules. Held at init_value for transition_begin steps and at end_value after the transition; transition_steps <= 0 holds init_value throughout, as optax does.",
    parameters: [
      ParameterInfo("init_value", nil, "The value at the start."),
      ParameterInfo("end_value", nil, "The value after the transition."),
      ParameterInfo("transition_steps", nil, "Steps the transition takes; <= 0 holds init_value.", runDefault: .steps()),
      ParameterInfo("transition_begin", "0", "Steps to hold init_value before the transition (negative counts as 0)."),
    ]
  ) { args, _ throws(SpecError) in
    OptaxLinearSchedule(
      initValue: try args.double("init_value"), endValue: try args.double("end_value"),
      transitionSteps: try OptaxArguments.count(args, "transition_steps"),
      transitionBegin: try OptaxArguments.count(args, "transition_begin", default: 0))
  }
}
