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
      throw SpecError(path + ".transition_steps", "ValueError: A linear onecycle schedule was set with a non-positive `transition_steps`")
    }
    let initValue = try OptaxArguments.divide(peakValue, divFactor, at: path + ".div_factor")
    var scales: [Int: Double] = [:]
    scales[try OptaxArguments.truncate(pctStart * Double(transitionSteps), at: path + ".pct_start")] = divFactor
    scales[try OptaxArguments.truncate(pctFinal * Double(transitionSteps), at: path + ".pct_final")] =
      try OptaxArguments.divide(1.0, divFactor, at: path + ".div_factor")
    scales[transitionSteps] = try OptaxArguments.divide(1.0, finalDivFactor, at: path + ".final_div_factor")
    interpolated = try OptaxPiecewiseInterpolateSchedule(
      interpolation: .linear, initValue: initValue, boundariesAndScales: scales.map { (step: $0.key, scale: $0.value) },
      path: path)
  }

  public func callAsFunction(_ count: Int) -> Double { interpolated(count) }
}

extension OptaxLinearOnecycleSchedule {
  static let entry = OptaxScheduleEntry(
    name: "optax.linear_onecycle_schedule", aliases: ["linear-onecycle"],
    summary: "One cycle in three linear phases: up to peak_value, back down, then an annealing tail.",
    details: "The original 1cycle policy: from peak_value/div_factor up to peak_value by pct_start of transition_steps, back to peak_value/div_factor by pct_final, then down to peak_value/(div_factor*final_div_factor) at transition_steps, and flat after.",
    parameters: [
      ParameterInfo("transition_steps", nil, "Length of the cycle (positive).", runDefault: .steps()),
      ParameterInfo("peak_value", nil, "The maximum value."),
      ParameterInfo("pct_start", "0.3", "Fraction of the cycle spent increasing."),
      ParameterInfo("pct_final", "0.85", "Fraction of the cycle at which the decrease back to the initial value ends."),
      ParameterInfo("div_factor", "25.0", "init_value = peak_value / div_factor."),
      ParameterInfo("final_div_factor", "10000.0", "final value = init_value / final_div_factor."),
    ]
  ) { args, _ throws(SpecError) in
    try OptaxLinearOnecycleSchedule(
      transitionSteps: try OptaxArguments.count(args, "transition_steps"), peakValue: try args.double("peak_value"),
      pctStart: try args.double("pct_start", default: 0.3), pctFinal: try args.double("pct_final", default: 0.85),
      divFactor: try args.double("div_factor", default: 25.0),
      finalDivFactor: try args.double("final_div_factor", default: 1e4), path: args.path)
  }
}
