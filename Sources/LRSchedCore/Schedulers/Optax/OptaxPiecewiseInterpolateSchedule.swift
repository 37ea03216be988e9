/// `optax.piecewise_interpolate_schedule`: interpolates, linearly or along a half cosine, between
/// the running products of `init_value` and the scales at the boundaries.
///
/// As in optax: the bounds are `[0] + steps` (int32) and the values their float32 cumulative
/// product; interval i holds `bounds[i] <= t < bounds[i+1]` and its fraction is
/// `(t - bounds[i]) / max(bounds[i+1] - bounds[i], 1)`; the result is the indicator-weighted sum
/// of every interval's interpolation plus the last value once `t >= bounds[-1]`, all in float32.
public struct OptaxPiecewiseInterpolateSchedule: StepFunctionSchedule {
  /// `interpolate_type`.
  public enum Interpolation: String, Sendable {
    case linear
    case cosine
  }

  public let interpolation: Interpolation
  public let bounds: [Int]
  public let values: [XLAFloat]

  /// Refuses a negative scale with optax's error, at `path`.
  public init(
    interpolation: Interpolation, initValue: Double, boundariesAndScales: [(step: Int, scale: Double)]?, path: String
  ) throws(SpecError) {
    let pairs = (boundariesAndScales ?? []).sorted { $0.step < $1.step }
    guard pairs.allSatisfy({ $0.scale >= 0 }) else {
      throw SpecError(path, "ValueError: `piecewise_interpolate_schedule` expects non-negative scale factors")
    }
    self.interpolation = interpolation
    bounds = [0] + pairs.map(\.step)
    var products = [XLAFloat(initValue)]
    for (_, scale) in pairs {
      products.append(products[products.count - 1] * XLAFloat(scale))
    }
    values = products
  }

  public func callAsFunction(_ count: Int) -> Double {
    let one = XLAFloat(1.0)
    let zero = XLAFloat(0.0)
    var sum = zero
    for i in 0..<(bounds.count - 1) {
      let lo = bounds[i]
      let hi = bounds[i + 1]
      let pct = XLAFloat(count - lo) / XLAFloat(max(hi - lo, 1))
      let start = values[i]
      let end = values[i + 1]
      let interpolated: XLAFloat
      switch interpolation {
      case .linear: interpolated = (end - start) * pct + start
      case .cosine: interpolated = end + (start - end) / XLAFloat(2.0) * ((XLAFloat.pi * pct).cos + one)
      }
      sum = sum + (lo <= count && count < hi ? one : zero) * interpolated
    }
    let last = bounds.count - 1
    return (sum + (bounds[last] <= count ? one : zero) * values[last]).double
  }
}

extension OptaxPiecewiseInterpolateSchedule {
  static let interpolateType = Param<String>("interpolate_type", help: "'linear' or 'cosine'.")
  static let initValue = Param<Double>("init_value", help: "The value at step 0.", runDefault: .learningRate())
  static let boundariesAndScales = OptaxArguments.boundariesAndScales(
    help: "An object {\"step\": scale}: the value at step is the previous one times scale.")

  static let entry = OptaxScheduleEntry(
    name: "optax.piecewise_interpolate_schedule", aliases: ["piecewise-interpolate"],
    summary: "Interpolates (linear or cosine) between init_value times the running product of scales at boundaries.",
    details: "Smooth piecewise schedules: the value at each boundary step is init_value times every scale up to it, reached by linear or cosine interpolation from the previous boundary (step 0 first). Keys are steps (strings in JSON); scales must be non-negative.",
    parameters: [interpolateType, initValue, boundariesAndScales],
    markers: OptaxArguments.boundaryMarkers(boundariesAndScales.name)
  ) { args, _ throws(SpecError) in
    let type = try args[interpolateType]
    guard let interpolation = Interpolation(rawValue: type) else {
      throw SpecError(args.path(interpolateType.name), "ValueError: `interpolate_type` must be either 'cosine' or 'linear'")
    }
    return try OptaxPiecewiseInterpolateSchedule(
      interpolation: interpolation, initValue: try args[initValue], boundariesAndScales: try args[boundariesAndScales],
      path: args.path(boundariesAndScales.name))
  }
}
