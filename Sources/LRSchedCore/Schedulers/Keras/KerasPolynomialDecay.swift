/// `keras.optimizers.schedules.PolynomialDecay`: from `initial_learning_rate` to
/// `end_learning_rate` along `(1 - step / decay_steps) ** power`, all float32.
///
/// Without `cycle` the step is clipped to `decay_steps`; with it, `decay_steps` is stretched to
/// the next multiple of itself at or above the step (`ceil(step / decay_steps)`, 1 at step 0),
/// so the decay restarts from a lower peak each cycle.
public struct KerasPolynomialDecay: StepFunctionSchedule {
  public let initialLearningRate: Double
  public let decaySteps: Double
  public let endLearningRate: Double
  public let power: Double
  public let cycle: Bool

  public init(initialLearningRate: Double, decaySteps: Double, endLearningRate: Double = 0.0001, power: Double = 1, cycle: Bool = false) {
    self.initialLearningRate = initialLearningRate
    self.decaySteps = decaySteps
    self.endLearningRate = endLearningRate
    self.power = power
    self.cycle = cycle
  }

  public func callAsFunction(_ count: Int) -> Double {
    let initial = TorchFloat(initialLearningRate)
    let end = TorchFloat(endLearningRate)
    var step = TorchFloat(count)
    var steps = TorchFloat(decaySteps)
    if cycle {
      let multiplier = step == TorchFloat(0.0) ? TorchFloat(1.0) : (step / TorchFloat(decaySteps)).ceil
      steps = steps * multiplier
    } else {
      step = TorchFloat.minimum(step, steps)
    }
    let p = step / steps
    return ((initial - end) * (TorchFloat(1.0) - p).pow(TorchFloat(power)) + end).double
  }
}

extension KerasPolynomialDecay {
  static let initialLearningRate = Param<Double>("initial_learning_rate", help: "The learning rate at step 0.", runDefault: .learningRate())
  static let decaySteps = KerasArguments.positiveStepCount(
    "decay_steps", help: "Steps of decay (positive).", runDefault: .steps())
  static let endLearningRate = Param<Double>(
    "end_learning_rate", default: 0.0001, help: "The learning rate at the end of the decay.")
  static let power = Param<Double>("power", default: 1.0, help: "The polynomial's power.")
  static let cycle = Param<Bool>(
    "cycle", default: false, help: "Restart past decay_steps instead of holding end_learning_rate.")

  static let descriptor = KerasArguments.descriptor(
    name: "keras.PolynomialDecay", aliases: ["keras-poly"],
    summary: "Polynomial decay from initial_learning_rate to end_learning_rate over decay_steps, optionally cycling.",
    details: "Linear (power 1) or polynomial decay to end_learning_rate, held after decay_steps; cycle=true restarts it with decay_steps stretched to the next multiple. decay_steps must be positive.",
    parameters: [initialLearningRate, decaySteps, endLearningRate, power, cycle]
  ) { args throws(SpecError) in
    KerasPolynomialDecay(
      initialLearningRate: try args[initialLearningRate], decaySteps: try args[decaySteps],
      endLearningRate: try args[endLearningRate], power: try args[power], cycle: try args[cycle])
  }
}
