/// `optax.polynomial_schedule`: from `init_value` to `end_value` along `(1 - t/T)^power` over
/// `transition_steps` (T) steps, starting after `transition_begin`.
///
/// As in optax: `transition_steps <= 0` holds `init_value` (the Python float); a negative
/// `transition_begin` counts as 0; the count is clipped to [0, T] as an int32, then
/// `(init - end) * (1 - t/T)**power + end` runs in float32, `init - end` in double first. An
/// integer `power` is JAX's `integer_pow`, a float one `pow`.
public struct OptaxPolynomialSchedule: StepFunctionSchedule {
  public let initValue: Double
  public let endValue: Double
  public let power: OptaxExponent
  public let transitionSteps: Int
  public let transitionBegin: Int

  public init(initValue: Double, endValue: Double, power: OptaxExponent, transitionSteps: Int, transitionBegin: Int = 0) {
    self.initValue = initValue
    self.endValue = endValue
    self.power = power
    self.transitionSteps = transitionSteps
    self.transitionBegin = max(transitionBegin, 0)
  }

  public func callAsFunction(_ count: Int) -> Double {
    guard transitionSteps > 0 else { return initValue }
    let clipped = min(max(count - transitionBegin, 0), transitionSteps)
    let frac = XLAFloat(1.0) - XLAFloat(clipped) / XLAFloat(transitionSteps)
    return (XLAFloat(initValue - endValue) * power.raise(frac) + XLAFloat(endValue)).double
  }
}

extension OptaxPolynomialSchedule {
  static let initValue = Param<Double>("init_value", help: "The value at the start.", runDefault: .learningRate())
  static let endValue = Param<Double>("end_value", help: "The value after the transition.", runDefault: .constant(0))
  static let power = OptaxArguments.exponent(
    "power", help: "The polynomial's power (an integer uses exact repeated multiplication).")
  static let transitionSteps = OptaxArguments.stepCount(
    "transition_steps", help: "Steps the transition takes; <= 0 holds init_value.", runDefault: .steps())
  static let transitionBegin = OptaxArguments.stepCount(
    "transition_begin", default: 0, help: "Steps to hold init_value before the transition (negative counts as 0).")

  static let entry = OptaxScheduleEntry(
    name: "optax.polynomial_schedule",
    summary: "Moves from init_value to end_value along a polynomial of the remaining fraction.",
    details: "A polynomial decay (power 1 is linear, 2 falls fast then flattens, 0.5 holds then drops). Held at init_value for transition_begin steps, at end_value after transition_begin + transition_steps; transition_steps <= 0 holds init_value throughout, as optax does.",
    parameters: [initValue, endValue, power, transitionSteps, transitionBegin]
  ) { args, _ throws(SpecError) in
    OptaxPolynomialSchedule(
      initValue: try args[initValue], endValue: try args[endValue], power: try args[power],
      transitionSteps: try args[transitionSteps], transitionBegin: try args[transitionBegin])
  }
}
