/// `optax.cosine_decay_schedule`: `init_value * ((1 - alpha) * (0.5 * (1 + cos(pi * t / T))) ** exponent + alpha)`
/// with t clipped to `decay_steps` (T), so it stays at `alpha * init_value` after T.
///
/// As in optax, the count and T become Python floats, then float32 (`jnp.minimum`); the cosine
/// and the rest run in float32, `1 - alpha` in double first.
public struct OptaxCosineDecaySchedule: StepFunctionSchedule {
  public let initValue: Double
  public let decaySteps: Int
  public let alpha: Double
  public let exponent: OptaxExponent

  /// Refuses a non-positive `decay_steps` with optax's error, at `path`.
  public init(initValue: Double, decaySteps: Int, alpha: Double = 0, exponent: OptaxExponent = .real(1), path: String) throws(SpecError) {
    guard decaySteps > 0 else {
      throw SpecError(path, "ValueError: The cosine_decay_schedule requires positive decay_steps, got decay_steps=\(decaySteps).")
    }
    self.initValue = initValue
    self.decaySteps = decaySteps
    self.alpha = alpha
    self.exponent = exponent
  }

  public func callAsFunction(_ count: Int) -> Double {
    let steps = XLAFloat(Double(decaySteps))
    let t = XLAFloat.minimum(XLAFloat(Double(count)), steps)
    let cosine = XLAFloat(0.5) * (XLAFloat(1.0) + (XLAFloat.pi * t / steps).cos)
    let decayed = XLAFloat(1 - alpha) * exponent.raise(cosine) + XLAFloat(alpha)
    return (XLAFloat(initValue) * decayed).double
  }
}

extension OptaxCosineDecaySchedule {
  static let initValue = Param<Double>("init_value", help: "The value at step 0.", runDefault: .learningRate())
  static let decaySteps = OptaxArguments.stepCount("decay_steps", help: "Steps of decay (positive).", runDefault: .steps())
  static let alpha = Param<Double>("alpha", default: 0.0, help: "The final value as a fraction of init_value.")
  static let exponent = OptaxArguments.exponent("exponent", default: 1.0, help: "Power applied to the half-cosine factor.")

  static let entry = OptaxScheduleEntry(
    name: "optax.cosine_decay_schedule",
    summary: "Half-cosine decay from init_value to alpha * init_value over decay_steps, then flat.",
    details: "The standard cosine decay (exponent > 1 decays faster early). Set decay_steps to the run's length; after it the value stays at alpha * init_value.",
    parameters: [initValue, decaySteps, alpha, exponent]
  ) { args, _ throws(SpecError) in
    try OptaxCosineDecaySchedule(
      initValue: try args[initValue], decaySteps: try args[decaySteps], alpha: try args[alpha],
      exponent: try args[exponent], path: args.path(decaySteps.name))
  }
}
