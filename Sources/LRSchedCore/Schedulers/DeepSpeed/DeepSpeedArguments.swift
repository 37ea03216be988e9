/// Reading conventions shared by the `deepspeed.runtime.lr_schedules` constructors.
enum DeepSpeedArguments {
  /// `last_batch_iteration`, which every DeepSpeed scheduler takes; only -1 is simulated (not listed by `lrsched list`).
  static let lastBatchIteration = Param<Int>(
    "last_batch_iteration", default: -1, help: "The index of the last batch; only -1 (a run from its start) is simulated.")

  /// Accepts `last_batch_iteration` only at its default, -1: lrsched simulates runs from their start.
  static func requireFreshStart(_ args: SchedulerArguments) throws(SpecError) {
    let value = try args[lastBatchIteration]
    if value != -1 {
      throw SpecError(args.path(lastBatchIteration.name), "only -1 (a run from its start) is simulated, got \(value)")
    }
  }

  /// `warmup_num_steps` (default 1000), checked as `WarmupLR` and `WarmupCosineLR` check it:
  /// `isinstance(warmup_num_steps, int)` (a bool counts) and positive, else their `ValueError`.
  static func warmupNumSteps(help: String) -> Param<Int> {
    Param(
      "warmup_num_steps", defaultText: "1000", help: help, marker: "warmup end", markerDefault: 1000
    ) { args, key throws(SpecError) in try positiveInt(args, key, default: 1000) }
  }

  /// `warmup_type` (default `'log'`): anything but `'log'` and `'linear'` falls back to `'log'`,
  /// as DeepSpeed does (it logs a warning); an unhashable value fails the set membership test.
  static let warmupType = Param<WarmupType>(
    "warmup_type", defaultText: "'log'", help: "'log' or 'linear': how the warmup rises (anything else means 'log')."
  ) { args, key throws(SpecError) in
    switch args.value(key) {
    case .string(let s)?: return WarmupType(rawValue: s) ?? .log
    case .array?: throw SpecError(args.path(key), "TypeError: unhashable type: 'list'")
    case .object?: throw SpecError(args.path(key), "TypeError: unhashable type: 'dict'")
    default: return .log
    }
  }

  /// How the warmup of `WarmupLR`, `WarmupDecayLR` and `WarmupCosineLR` rises.
  enum WarmupType: String, Sendable {
    case log, linear

    /// The warmup's fraction at `lastBatchIteration < warmupNumSteps`:
    /// `inverse_log_warm_up * math.log(last_batch_iteration + 1)` or
    /// `last_batch_iteration / warmup_num_steps`.
    func gamma(_ lastBatchIteration: Int, warmupNumSteps: Int, inverseLogWarmUp: Double) -> Double {
      switch self {
      case .log: return inverseLogWarmUp * PyMath.log(Double(lastBatchIteration + 1))
      case .linear: return PyMath.trueDiv(lastBatchIteration, warmupNumSteps) ?? 0
      }
    }
  }

  /// `_format_param(optimizer, value, name)`: a float for every group, or a list with one per
  /// group; absent or `null`, `fallback` (one value per group).
  static func formatParam(
    _ args: SchedulerArguments, _ key: String, name: String, groups: Int, default fallback: [Double]?
  ) throws(SpecError) -> [Double] {
    guard let v = args.value(key) else {
      guard let fallback else { throw SpecError(args.path(key), "\(args.type) requires '\(key)', which is missing") }
      return fallback
    }
    if case .array(let items) = v {
      guard items.count == groups else {
        throw SpecError(args.path(key), "expected \(groups) value for \(name), got \(items.count)")
      }
      var out: [Double] = []
      for (i, item) in items.enumerated() { out.append(try SchedulerArguments.double(item, at: "\(args.path(key))[\(i)]")) }
      return out
    }
    return Array(repeating: try SchedulerArguments.double(v, at: args.path(key)), count: groups)
  }

  /// A positive `int` argument (a bool counts, as `isinstance(x, int)` says), else DeepSpeed's
  /// `ValueError`: `<name> must be a positive integer, got <value>`.
  static func positiveInt(_ args: SchedulerArguments, _ key: String, default fallback: Int) throws(SpecError) -> Int {
    guard let v = args.value(key) else { return fallback }
    guard let a = v.pyNumber, a.isInt, a.double > 0 else {
      throw SpecError(args.path(key), "\(key) must be a positive integer, got \(v.pyStr)")
    }
    guard let i = a.int else { throw SpecError(args.path(key), "integer \(v.pyStr) is too large") }
    return i
  }

  /// `--warmup-steps` is refused: each of these schedulers has its own warmup or cycle.
  static let warmup = WarmupStrategy.refused(
    "DeepSpeed schedulers have their own warmup: set warmup_num_steps (WarmupLR, WarmupDecayLR, WarmupCosineLR) or cycle_first_step_size (OneCycle) with --param")
}
