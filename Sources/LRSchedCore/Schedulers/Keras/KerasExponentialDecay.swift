/// `keras.optimizers.schedules.ExponentialDecay`:
/// `initial_learning_rate * decay_rate ** (step / decay_steps)`, the exponent floored when
/// `staircase`; all float32.
public struct KerasExponentialDecay: StepFunctionSchedule {
  public let initialLearningRate: Double
  public let decaySteps: Double
  public let decayRate: Double
  public let staircase: Bool

  public init(initialLearningRate: Double, decaySteps: Double, decayRate: Double, staircase: Bool = false) {
    self.initialLearningRate = initialLearningRate
    self.decaySteps = decaySteps
    self.decayRate = decayRate
    self.staircase = staircase
  }

  public func callAsFunction(_ count: Int) -> Double {
    let p = TorchFloat(count) / TorchFloat(decaySteps)
    return (TorchFloat(initialLearningRate) * TorchFloat(decayRate).pow(staircase ? p.floor : p)).double
  }
}

extension KerasExponentialDecay {
  static let initialLearningRate = Param<Double>("initial_learning_rate", help: "The learning rate at step 0.", runDefault: .learningRate())
  static let decaySteps = KerasArguments.positiveStepCount(
    "decay_steps", help: "Steps per factor of decay_rate (positive).", runDefault: .steps())
  static let decayRate = Param<Double>("decay_rate", help: "The factor per decay_steps.")
  static let staircase = Param<Bool>("staircase", default: false, help: "Decay at whole multiples of decay_steps only.")

  static let descriptor = KerasArguments.descriptor(
    name: "keras.ExponentialDecay", aliases: ["keras-exponential"],
    summary: "Decays initial_learning_rate by decay_rate every decay_steps steps, smoothly or as a staircase.",
    details: "Keras's exponential decay (staircase=true drops at whole multiples of decay_steps). decay_steps must be positive.",
    parameters: [initialLearningRate, decaySteps, decayRate, staircase]
  ) { args throws(SpecError) in
    KerasExponentialDecay(
      initialLearningRate: try args[initialLearningRate], decaySteps: try args[decaySteps],
      decayRate: try args[decayRate], staircase: try args[staircase])
  }
}
