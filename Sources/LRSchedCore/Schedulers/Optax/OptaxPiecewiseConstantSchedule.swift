/// `optax.piecewise_constant_schedule`: `init_value` multiplied by each scale whose boundary the
/// step has reached.
///
/// As in optax, each boundary (in step order) applies
/// `v = v * indicator + (1 - indicator) * scale * v` in float32, with `indicator` 1 before the
/// boundary and 0 from it on; without boundaries the value is `init_value`, the Python float.
public struct OptaxPiecewiseConstantSchedule: StepFunctionSchedule {
  public let initValue: Double
  /// Boundaries and scales, sorted by step.
  public let boundariesAndScales: [(step: Int, scale: Double)]

  /// Refuses a negative scale with optax's error, at `path`.
  public init(initValue: Double, boundariesAndScales: [(step: Int, scale: Double)]?, path: String) throws(SpecError) {
    let pairs = (boundariesAndScales ?? []).sorted { $0.step < $1.step }
    guard pairs.allSatisfy({ $0.scale >= 0 }) else {
      throw SpecError(path, "ValueError: `piecewise_constant_schedule` expects non-negative scale factors")
    }
    self.initValue = initValue
    self.boundariesAndScales = pairs
  }

  public func callAsFunction(_ count: Int) -> Double {
    guard !boundariesAndScales.isEmpty else { return initValue }
    let one = XLAFloat(1.0)
    var v = XLAFloat(initValue)
    for (step, scale) in boundariesAndScales {
      let indicator = step > count ? one : XLAFloat(0.0)
      v = v * indicator + (one - indicator) * XLAFloat(scale) * v
    }
    return v.double
  }
}

extension OptaxPiecewiseConstantSchedule {
  static let initValue = Param<Double>("init_value", help: "The value before the first boundary.", runDefault: .learningRate())
  static let boundariesAndScales = OptaxArguments.boundariesAndScales(
    help: "An object {\"step\": scale}: multiply by scale from step on.")

  static let entry = OptaxScheduleEntry(
    name: "optax.piecewise_constant_schedule", aliases: ["piecewise-constant"],
    summary: "Multiplies init_value by a scale at each boundary step (a step schedule).",
    details: "Step decay at chosen steps, e.g. boundaries_and_scales={\"30000\": 0.1, \"60000\": 0.1}. Keys are steps (strings in JSON), values the factors applied from that step on; scales must be non-negative.",
    parameters: [initValue, boundariesAndScales],
    markers: OptaxArguments.boundaryMarkers(boundariesAndScales.name)
  ) { args, _ throws(SpecError) in
    try OptaxPiecewiseConstantSchedule(
      initValue: try args[initValue], boundariesAndScales: try args[boundariesAndScales],
      path: args.path(boundariesAndScales.name))
  }
}
