/// The cycle settings timm's `CosineLRScheduler`, `PolyLRScheduler` and `TanhLRScheduler` share:
/// the first cycle's length, the floor, and how later cycles grow, decay and stop.
///
/// `t_initial` and `cycle_limit` are the numbers timm was given, an `int` or a `float`: timm only
/// does Python arithmetic with them (`t // t_initial`, `i < cycle_limit`), so a float runs.
struct TimmCycles {
  /// `t_initial`, positive.
  let tInitial: PyNumber
  /// `lr_min`.
  let lrMin: Double
  /// `cycle_mul`, an int or a float as written (Python's arithmetic differs).
  let mul: PyNumber
  /// `cycle_decay`.
  let decay: PyNumber
  /// `cycle_limit`.
  let limit: PyNumber

  static let tInitial = Param<PyNumber>(
    "t_initial", defaultText: nil, help: "The length of the first cycle (an int or a float).", runDefault: .steps()
  ) { args, key throws(SpecError) in
    guard let v = args.value(key), case .number(let n) = v, !n.isInteger else {
      return .int(try TimmScheduler.positive(args, key))
    }
    let t = try PyNumber.read(v, at: args.path(key))
    guard t.double > 0 else { throw SpecError(args.path(key), "AssertionError: assert \(key) > 0 (got \(DoubleFormat.shortest(t.double)))") }
    return t
  }
  /// `lr_min`; each class documents it with its own `floor`.
  static let lrMin = Param<Double>("lr_min", default: 0, help: "The learning rate the schedule approaches.")
  static let mul = Param<PyNumber>(
    "cycle_mul", default: PyNumber(float: 1), help: "Each cycle is this many times longer than the last.")
  static let decay = Param<PyNumber>(
    "cycle_decay", default: PyNumber(float: 1), help: "Each cycle's peak is this many times the last one's.")
  static let limit = Param<PyNumber>(
    "cycle_limit", default: PyNumber(int: 1), help: "The number of cycles (an int or a float); after them the rate stays at lr_min.")

  /// Reads the five arguments with timm's defaults.
  static func read(_ args: SchedulerArguments) throws(SpecError) -> TimmCycles {
    TimmCycles(
      tInitial: try args[tInitial], lrMin: try args[lrMin], mul: try args[mul], decay: try args[decay],
      limit: try args[limit])
  }

  /// `lrsched list`'s entries for the five arguments; `floor` says what `lr_min` is.
  static func parameters(floor: String) -> [any ParameterDeclaration] {
    [tInitial, lrMin.documented(as: floor), mul, decay, limit]
  }

  /// The cycle step `t` falls in (after any warmup shift).
  func cycle(at t: PyNumber, path: String) throws(SpecError) -> TimmCycle {
    try TimmCycle(t: t, tInitial: tInitial, cycleMul: mul, path: path)
  }

  /// `cycle_decay ** i`, the peak's factor in cycle `i`.
  func gamma(_ i: PyNumber, path: String) throws(SpecError) -> Double {
    try PyNumber.pow(decay, i, at: path).double
  }

  /// Python's `i < cycle_limit` (exact: `i` is integral and both are far below 2**53, or floats).
  func isRunning(_ i: PyNumber) -> Bool {
    if let a = i.int, let b = limit.int { return a < b }
    return i.double < limit.double
  }
}
