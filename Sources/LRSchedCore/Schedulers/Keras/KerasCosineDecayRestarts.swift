/// `keras.optimizers.schedules.CosineDecayRestarts`: SGDR, cosine decays restarting after
/// `first_decay_steps`, each period `t_mul` times longer and each peak `m_mul` times lower.
///
/// All float32 tensor operations: with `t_mul == 1` the restart index is `floor(step / T)`;
/// otherwise it is `floor(log(1 - fraction * (1 - t_mul)) / log(t_mul))`, and the fraction
/// within the period follows from the geometric sum.
public struct KerasCosineDecayRestarts: StepFunctionSchedule {
  public let initialLearningRate: Double
  public let firstDecaySteps: Double
  public let tMul: Double
  public let mMul: Double
  public let alpha: Double

  public init(initialLearningRate: Double, firstDecaySteps: Double, tMul: Double = 2, mMul: Double = 1, alpha: Double = 0) {
    self.initialLearningRate = initialLearningRate
    self.firstDecaySteps = firstDecaySteps
    self.tMul = tMul
    self.mMul = mMul
    self.alpha = alpha
  }

  public func callAsFunction(_ count: Int) -> Double {
    let one = TorchFloat(1.0)
    let alpha = TorchFloat(self.alpha)
    let t = TorchFloat(tMul)
    var fraction = TorchFloat(count) / TorchFloat(firstDecaySteps)
    let restart: TorchFloat
    if t == one {
      restart = fraction.floor
      fraction = fraction - restart
    } else {
      let inner = one - fraction * (one - t)
      restart = (inner.log / t.log).floor
      let scale = t.pow(restart)
      let sum = (one - scale) / (one - t)
      fraction = (fraction - sum) / scale
    }
    let peak = TorchFloat(mMul).pow(restart)
    let cosine = TorchFloat(0.5) * peak * (one + (TorchFloat.pi * fraction).cos)
    let decayed = (one - alpha) * cosine + alpha
    return (TorchFloat(initialLearningRate) * decayed).double
  }
}

extension KerasCosineDecayRestarts {
  static let initialLearningRate = Param<Double>("initial_learning_rate", help: "The learning rate at step 0.", runDefault: .learningRate())
  static let firstDecaySteps = KerasArguments.positiveStepCount(
    "first_decay_steps", help: "Steps of the first period (positive).", runDefault: .steps(denominator: 4))
  static let tMul = Param<Double>("t_mul", default: 2.0, help: "Factor by which each period is longer than the previous.")
  static let mMul = Param<Double>(
    "m_mul", default: 1.0, help: "Factor by which each restart's peak is lower than the previous.")
  static let alpha = Param<Double>(
    "alpha", default: 0.0, help: "The minimum learning rate as a fraction of initial_learning_rate.")

  static let descriptor = KerasArguments.descriptor(
    name: "keras.CosineDecayRestarts", aliases: ["keras-cosine-restarts"],
    summary: "Cosine decay with warm restarts: periods grow by t_mul, peaks shrink by m_mul.",
    details: "Keras's SGDR. The first period lasts first_decay_steps, each next one t_mul times longer; each restart peaks at m_mul times the previous peak; alpha is the floor as a fraction of initial_learning_rate. first_decay_steps must be positive.",
    parameters: [initialLearningRate, firstDecaySteps, tMul, mMul, alpha]
  ) { args throws(SpecError) in
    KerasCosineDecayRestarts(
      initialLearningRate: try args[initialLearningRate], firstDecaySteps: try args[firstDecaySteps],
      tMul: try args[tMul], mMul: try args[mMul], alpha: try args[alpha])
  }
}
