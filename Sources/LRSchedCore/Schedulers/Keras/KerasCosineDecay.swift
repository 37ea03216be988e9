/// `keras.optimizers.schedules.CosineDecay`: an optional linear warmup from
/// `initial_learning_rate` to `warmup_target` over `warmup_steps`, then a half-cosine decay over
/// `decay_steps` to `alpha` times the starting value, held after.
///
/// All float32 tensor operations, `1 - alpha` in double first.
public struct KerasCosineDecay: StepFunctionSchedule {
  public let initialLearningRate: Double
  public let decaySteps: Double
  public let alpha: Double
  public let warmupTarget: Double?
  public let warmupSteps: Double

  public init(initialLearningRate: Double, decaySteps: Double, alpha: Double = 0, warmupTarget: Double? = nil, warmupSteps: Double = 0) {
    self.initialLearningRate = initialLearningRate
    self.decaySteps = decaySteps
    self.alpha = alpha
    self.warmupTarget = warmupTarget
    self.warmupSteps = warmupSteps
  }

  public func callAsFunction(_ count: Int) -> Double {
    let initial = TorchFloat(initialLearningRate)
    let steps = TorchFloat(decaySteps)
    let step = TorchFloat(count)
    guard let warmupTarget else {
      let fraction = TorchFloat.minimum(step, steps) / steps
      let cosine = TorchFloat(0.5) * (TorchFloat(1.0) + (TorchFloat.pi * fraction).cos)
      return (initial * (TorchFloat(1 - alpha) * cosine + TorchFloat(alpha))).double
    }
    let target = TorchFloat(warmupTarget)
    let warmup = TorchFloat(warmupSteps)
    let clipped = TorchFloat.minimum(step, steps + warmup)
    if clipped < warmup {
      return ((target - initial) * (clipped / warmup) + initial).double
    }
    let fraction = (clipped - warmup) / steps
    let cosine = TorchFloat(0.5) * (TorchFloat(1.0) + (TorchFloat.pi * fraction).cos)
    return (target * (TorchFloat(1 - alpha) * cosine + TorchFloat(alpha))).double
  }
}

extension KerasCosineDecay {
  static let initialLearningRate = Param<Double>("initial_learning_rate", help: "The learning rate at step 0.", runDefault: .learningRate())
  static let decaySteps = KerasArguments.positiveStepCount(
    "decay_steps", help: "Steps of decay, after any warmup (positive).", runDefault: .steps())
  static let alpha = Param<Double>("alpha", default: 0.0, help: "The final learning rate as a fraction of the decayed one.")
  static let warmupTarget = Param<Double?>(
    "warmup_target", help: "The learning rate reached after the warmup; None disables the warmup.")
  /// `warmup_steps=0`, read as a float as Keras casts it.
  static let warmupSteps = Param<Double>(
    "warmup_steps", defaultText: "0", help: "Steps of linear warmup (used with warmup_target).", marker: "warmup end"
  ) { args, key throws(SpecError) in try args.double(key, default: 0) }

  static let descriptor = KerasArguments.descriptor(
    name: "keras.CosineDecay", aliases: ["keras-cosine"],
    summary: "Optional linear warmup to warmup_target, then cosine decay over decay_steps to alpha times it.",
    details: "Keras's cosine decay. Without warmup_target it decays initial_learning_rate over decay_steps; with it, it first warms up linearly from initial_learning_rate to warmup_target over warmup_steps, then decays warmup_target over decay_steps (which excludes the warmup). Held at alpha times the decayed value after. decay_steps must be positive.",
    parameters: [initialLearningRate, decaySteps, alpha, warmupTarget, warmupSteps]
  ) { args throws(SpecError) in
    KerasCosineDecay(
      initialLearningRate: try args[initialLearningRate], decaySteps: try args[decaySteps], alpha: try args[alpha],
      warmupTarget: try args[warmupTarget], warmupSteps: try args[warmupSteps])
  }
}
