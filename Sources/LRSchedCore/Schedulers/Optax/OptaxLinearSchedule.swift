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
  static let initValue = Param<Double>("init_value", help: "The value at the start.", runDefault: .learningRate())
  static let endValue = Param<Double>("end_value", help: "The value after the transition.", runDefault: .constant(0))
  static let transitionSteps = OptaxArguments.stepCount(
    "transition_steps", help: "Steps the transition takes; <= 0 holds init_value.", runDefault: .steps())
  static let transitionBegin = OptaxArguments.stepCount(
    "transition_begin", default: 0, help: "Steps to hold init_value before the transition (negative counts as 0).")

  static let entry = OptaxScheduleEntry(
    name: "optax.linear_schedule",
    summary: "Moves linearly from init_value to end_value over transition_steps steps.",
    details: "Linear warmup (init_value 0) or linear decay, often a piece of optax.join_schedules. Held at init_value for transition_begin steps and at end_value after the transition; transition_steps <= 0 holds init_value throughout, as optax does.",
    parameters: [initValue, endValue, transitionSteps, transitionBegin]
  ) { args, _ throws(SpecError) in
    OptaxLinearSchedule(
      initValue: try args[initValue], endValue: try args[endValue], transitionSteps: try args[transitionSteps],
      transitionBegin: try args[transitionBegin])
  }
}
