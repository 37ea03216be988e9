/// `keras.optimizers.schedules.InverseTimeDecay`:
/// `initial_learning_rate / (1 + decay_rate * step / decay_steps)`, the fraction floored when
/// `staircase`; all float32.
public struct KerasInverseTimeDecay: StepFunctionSchedule {
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
    let denominator = TorchFloat(1.0) + TorchFloat(decayRate) * (staircase ? p.floor : p)
    return (TorchFloat(initialLearningRate) / denominator).double
  }
}

extension KerasInverseTimeDecay {
  static let initialLearningRate = Param<Double>("initial_learning_rate", help: "The learning rate at step 0.", runDefault: .learningRate())
  static let decaySteps = KerasArguments.positiveStepCount(
    "decay_steps", help: "Steps per unit of decay (positive).", runDefault: .steps())
  static let decayRate = Param<Double>("decay_rate", help: "How fast the learning rate falls.")
  static let staircase = Param<Bool>("staircase", default: false, help: "Decay at whole multiples of decay_steps only.")

  static let descriptor = KerasArguments.descriptor(
    name: "keras.InverseTimeDecay", aliases: ["inverse-time"],
    summary: "Divides initial_learning_rate by 1 + decay_rate * step / decay_steps.",
    details: "Inverse-time (1/t) decay, gentler than exponential; staircase=true updates at whole multiples of decay_steps only. decay_steps must be positive.",
    parameters: [initialLearningRate, decaySteps, decayRate, staircase]
  ) { args throws(SpecError) in
    KerasInverseTimeDecay(
      initialLearningRate: try args[initialLearningRate], decaySteps: try args[decaySteps],
      decayRate: try args[decayRate], staircase: try args[staircase])
  }
}
