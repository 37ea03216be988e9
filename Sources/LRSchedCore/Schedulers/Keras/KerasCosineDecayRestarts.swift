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
  static let descriptor = KerasArguments.descriptor(
    name: "keras.CosineDecayRestarts", aliases: ["keras-cosine-restarts"],
    summary: "Cosine decay with warm restarts: periods grow by t_mul, peaks shrink by m_mul.",
    details: "Keras's SGDR. The first period lasts first_decay_steps, each next one t_mul times longer; each restart peaks at m_mul times the previous peak; alpha is the floor as a fraction of initial_learning_rate. first_decay_steps must be positive.",
    parameters: [
      ParameterInfo("initial_learning_rate", nil, "The learning rate at step 0."),
      ParameterInfo("first_decay_steps", nil, "Steps of the first period (positive).", runDefault: .steps(denominator: 4)),
      ParameterInfo("t_mul", "2.0", "Factor by which each period is longer than the previous."),
      ParameterInfo("m_mul", "1.0", "Factor by which each restart's peak is lower than the previous."),
      ParameterInfo("alpha", "0.0", "The minimum learning rate as a fraction of initial_learning_rate."),
    ]
  ) { args throws(SpecError) in
    KerasCosineDecayRestarts(
      initialLearningRate: try args.double("initial_learning_rate"),
      firstDecaySteps: try KerasArguments.positiveSteps(args, "first_decay_steps"),
      tMul: try args.double("t_mul", default: 2.0), mMul: try args.double("m_mul", default: 1.0),
      alpha: try args.double("alpha", default: 0.0))
  }
}
