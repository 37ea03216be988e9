/// The cycle settings timm's `CosineLRScheduler`, `PolyLRScheduler` and `TanhLRScheduler` share:
/// the first cycle's length, the floor, and how later cycles grow, decay and stop.
struct TimmCycles {
  /// `t_initial`, positive.
  let tInitial: Int
  /// `lr_min`.
  let lrMin: Double
  /// `cycle_mul`, an int or a float as written (Python's arithmetic differs).
  let mul: PyNumber
  /// `cycle_decay`.
  let decay: PyNumber
  /// `cycle_limit`.
  let limit: Int

  /// Reads the five arguments with timm's defaults.
  static func read(_ args: SchedulerArguments) throws(SpecError) -> TimmCycles {
    TimmCycles(
      tInitial: try TimmScheduler.positive(args, "t_initial"),
      lrMin: try args.double("lr_min", default: 0),
      mul: try PyNumber.read(args, "cycle_mul", default: PyNumber(float: 1)),
      decay: try PyNumber.read(args, "cycle_decay", default: PyNumber(float: 1)),
      limit: try args.int("cycle_limit", default: 1))
  }

  /// `lrsched list`'s entries for the five arguments; `floor` says what `lr_min` is.
  static func parameters(floor: String) -> [ParameterInfo] {
    [
      ParameterInfo("t_initial", nil, "The length of the first cycle.", runDefault: .steps()),
      ParameterInfo("lr_min", "0.0", floor),
      ParameterInfo("cycle_mul", "1.0", "Each cycle is this many times longer than the last."),
      ParameterInfo("cycle_decay", "1.0", "Each cycle's peak is this many times the last one's."),
      ParameterInfo("cycle_limit", "1", "The number of cycles; after them the rate stays at lr_min."),
    ]
  }

  /// The cycle step `t` falls in (after any warmup shift).
  func cycle(at t: Int, path: String) throws(SpecError) -> TimmCycle {
    try TimmCycle(t: t, tInitial: tInitial, cycleMul: mul, path: path)
  }

  /// `cycle_decay ** i`, the peak's factor in cycle `i`.
  func gamma(_ i: Int, path: String) throws(SpecError) -> Double {
    try PyNumber.pow(decay, PyNumber(int: i), at: path).double
  }
}
