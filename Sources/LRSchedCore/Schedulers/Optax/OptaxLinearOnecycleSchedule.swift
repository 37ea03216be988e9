/// `optax.linear_onecycle_schedule`: three linear phases, as `piecewise_interpolate_schedule`
/// from `peak_value / div_factor` with scales `{int(pct_start * T): div_factor,
/// int(pct_final * T): 1 / div_factor, T: 1 / final_div_factor}` (a later equal key replaces an
/// earlier one, as in a Python dict).
public struct OptaxLinearOnecycleSchedule: StepFunctionSchedule {
  public let interpolated: OptaxPiecewiseInterpolateSchedule

  /// Refuses what optax refuses, at `path` (the scheduler object's path).
  public init(
    transitionSteps: Int, peakValue: Double, pctStart: Double = 0.3, pctFinal: Double = 0.85, divFactor: Double = 25,
    finalDivFactor: Double = 1e4, path: String
  ) throws(SpecError) {
    guard transitionSteps > 0 else {
      throw SpecError(path + "." + Self.transitionSteps.name, "ValueError: A linear onecycle schedule was set with a non-positive `transition_steps`")
    }
    let initValue = try OptaxArguments.divide(peakValue, divFactor, at: path + "." + Self.divFactor.name)
    var scales: [Int: Double] = [:]
    scales[try OptaxArguments.truncate(pctStart * Double(transitionSteps), at: path + "." + Self.pctStart.name)] = divFactor
    scales[try OptaxArguments.truncate(pctFinal * Double(transitionSteps), at: path + "." + Self.pctFinal.name)] =
      try OptaxArguments.divide(1.0, divFactor, at: path + "." + Self.divFactor.name)
    scales[transitionSteps] = try OptaxArguments.divide(1.0, finalDivFactor, at: path + "." + Self.finalDivFactor.name)
    interpolated = try OptaxPiecewiseInterpolateSchedule(
      interpolation: .linear, initValue: initValue, boundariesAndScales: scales.map { (step: $0.key, scale: $0.value) },
      path: path)
  }

  public func callAsFunction(_ count: Int) -> Double { interpolated(count) }
}

extension OptaxLinearOnecycleSchedule {
  static let transitionSteps = OptaxArguments.stepCount(
    "transition_steps", help: "Length of the cycle (positive).", runDefault: .steps())
  static let peakValue = Param<Double>("peak_value", help: "The maximum value.", runDefault: .learningRate())
  static let pctStart = Param<Double>("pct_start", default: 0.3, help: "Fraction of the cycle spent increasing.")
  static let pctFinal = Param<Double>(
    "pct_final", default: 0.85, help: "Fraction of the cycle at which the decrease back to the initial value ends.")
  static let divFactor = Param<Double>("div_factor", default: 25.0, help: "init_value = peak_value / div_factor.")
  static let finalDivFactor = Param<Double>(
    "final_div_factor", default: 1e4, help: "final value = init_value / final_div_factor.")

  static let entry = OptaxScheduleEntry(
    name: "optax.linear_onecycle_schedule", aliases: ["linear-onecycle"],
    summary: "One cycle in three linear phases: up to peak_value, back down, then an annealing tail.",
    details: "The original 1cycle policy: from peak_value/div_factor up to peak_value by pct_start of transition_steps, back to peak_value/div_factor by pct_final, then down to peak_value/(div_factor*final_div_factor) at transition_steps, and flat after.",
    parameters: [transitionSteps, peakValue, pctStart, pctFinal, divFactor, finalDivFactor]
  ) { args, _ throws(SpecError) in
    try OptaxLinearOnecycleSchedule(
      transitionSteps: try args[transitionSteps], peakValue: try args[peakValue], pctStart: try args[pctStart],
      pctFinal: try args[pctFinal], divFactor: try args[divFactor], finalDivFactor: try args[finalDivFactor],
      path: args.path)
  }
}
