/// `optax.exponential_decay`: `init_value * decay_rate ** ((t - transition_begin) / transition_steps)`,
/// the exponent floored when `staircase`, bounded by `end_value`.
///
/// As in optax: `transition_steps <= 0` or `decay_rate == 0` holds `init_value` (the Python
/// float); a negative `transition_begin` counts as 0; the exponent is a Python float division,
/// rounded to float32 (and floored there) before `pow`; up to `transition_begin` the value is
/// `init_value` in float32. `end_value` is a lower bound when `decay_rate < 1`, else an upper one.
public struct OptaxExponentialDecay: StepFunctionSchedule {
  public let initValue: Double
  public let transitionSteps: Int
  public let decayRate: Double
  public let transitionBegin: Int
  public let staircase: Bool
  public let endValue: Double?

  public init(
    initValue: Double, transitionSteps: Int, decayRate: Double, transitionBegin: Int = 0, staircase: Bool = false,
    endValue: Double? = nil
  ) {
    self.initValue = initValue
    self.transitionSteps = transitionSteps
    self.decayRate = decayRate
    self.transitionBegin = max(transitionBegin, 0)
    self.staircase = staircase
    self.endValue = endValue
  }

  public func callAsFunction(_ count: Int) -> Double {
    guard transitionSteps > 0, decayRate != 0 else { return initValue }
    let decreased = count - transitionBegin
    let p = XLAFloat(Double(decreased) / Double(transitionSteps))
    let exponent = staircase ? p.floor : p
    var value = decreased <= 0 ? XLAFloat(initValue) : XLAFloat(initValue) * XLAFloat(decayRate).pow(exponent)
    if let endValue {
      value = decayRate < 1 ? XLAFloat.maximum(value, XLAFloat(endValue)) : XLAFloat.minimum(value, XLAFloat(endValue))
    }
    return value.double
  }
}

extension OptaxExponentialDecay {
  static let initValue = Param<Double>("init_value", help: "The value before and at transition_begin.", runDefault: .learningRate())
  static let transitionSteps = OptaxArguments.stepCount(
    "transition_steps", help: "Steps per factor of decay_rate; <= 0 holds init_value.", runDefault: .steps())
  static let decayRate = Param<Double>("decay_rate", help: "The factor per transition_steps; 0 holds init_value.")
  static let transitionBegin = OptaxArguments.stepCount(
    "transition_begin", default: 0, help: "Steps to hold init_value before decaying (negative counts as 0).")
  static let staircase = Param<Bool>("staircase", default: false, help: "Decay at whole multiples of transition_steps only.")
  static let endValue = Param<Double?>(
    "end_value", help: "A bound on the decayed value (lower when decay_rate < 1, upper otherwise).")

  static let entry = OptaxScheduleEntry(
    name: "optax.exponential_decay",
    summary: "Decays init_value by decay_rate every transition_steps steps, smoothly or as a staircase.",
    details: "Exponential decay (staircase=true drops in steps). transition_begin holds init_value first; end_value bounds the decay (below when decay_rate < 1, above otherwise). transition_steps <= 0 or decay_rate 0 hold init_value, as optax does.",
    parameters: [initValue, transitionSteps, decayRate, transitionBegin, staircase, endValue]
  ) { args, _ throws(SpecError) in
    OptaxExponentialDecay(
      initValue: try args[initValue], transitionSteps: try args[transitionSteps], decayRate: try args[decayRate],
      transitionBegin: try args[transitionBegin], staircase: try args[staircase], endValue: try args[endValue])
  }
}
