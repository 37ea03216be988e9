/// `optax.cosine_onecycle_schedule`: a cosine rise and fall, as `piecewise_interpolate_schedule`
/// (cosine) from `peak_value / div_factor` with scales `{int(pct_start * T): div_factor,
/// T: 1 / (div_factor * final_div_factor)}` (a later equal key replaces an earlier one).
public struct OptaxCosineOnecycleSchedule: StepFunctionSchedule {
  public let interpolated: OptaxPiecewiseInterpolateSchedule

  /// Refuses what optax refuses, at `path` (the scheduler object's path).
  public init(
    transitionSteps: Int, peakValue: Double, pctStart: Double = 0.3, divFactor: Double = 25, finalDivFactor: Double = 1e4,
    path: String
  ) throws(SpecError) {
    guard transitionSteps > 0 else {
      throw SpecError(path + "." + Self.transitionSteps.name, "ValueError: A linear onecycle schedule was set with a non-positive `transition_steps`")
    }
    let initValue = try OptaxArguments.divide(peakValue, divFactor, at: path + "." + Self.divFactor.name)
    var scales: [Int: Double] = [:]
    scales[try OptaxArguments.truncate(pctStart * Double(transitionSteps), at: path + "." + Self.pctStart.name)] = divFactor
    scales[transitionSteps] = try OptaxArguments.divide(1.0, divFactor * finalDivFactor, at: path + "." + Self.finalDivFactor.name)
    interpolated = try OptaxPiecewiseInterpolateSchedule(
      interpolation: .cosine, initValue: initValue, boundariesAndScales: scales.map { (step: $0.key, scale: $0.value) },
      path: path)
  }

  public func callAsFunction(_ count: Int) -> Double { interpolated(count) }
}

extension OptaxCosineOnecycleSchedule {
  static let transitionSteps = OptaxArguments.stepCount(
    "transition_steps", help: "Length of the cycle (positive).", runDefault: .steps())
  static let peakValue = Param<Double>("peak_value", help: "The maximum value.", runDefault: .learningRate())
  static let pctStart = Param<Double>("pct_start", default: 0.3, help: "Fraction of the cycle spent increasing.")
  static let divFactor = Param<Double>("div_factor", default: 25.0, help: "init_value = peak_value / div_factor.")
  static let finalDivFactor = Param<Double>(
    "final_div_factor", default: 1e4, help: "final value = init_value / final_div_factor.")

  static let entry = OptaxScheduleEntry(
    name: "optax.cosine_onecycle_schedule", aliases: ["cosine-onecycle"],
    summary: "One cycle: cosine rise from peak_value/div_factor to peak_value, then cosine fall to the final value.",
    details: "optax's 1cycle (like PyTorch's OneCycleLR with cosine annealing): rises over pct_start of transition_steps, falls to peak_value/(div_factor*final_div_factor) at transition_steps, flat after.",
    parameters: [transitionSteps, peakValue, pctStart, divFactor, finalDivFactor]
  ) { args, _ throws(SpecError) in
    try OptaxCosineOnecycleSchedule(
      transitionSteps: try args[transitionSteps], peakValue: try args[peakValue], pctStart: try args[pctStart],
      divFactor: try args[divFactor], finalDivFactor: try args[finalDivFactor], path: args.path)
  }
}
