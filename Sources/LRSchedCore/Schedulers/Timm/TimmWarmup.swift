/// The linear warmup every timm scheduler shares (`warmup_t`, `warmup_lr_init`,
/// `warmup_prefix`): below `warmup_t` the value is `warmup_lr_init + t * step` per group, with
/// `step = (target - warmup_lr_init) / warmup_t`.
struct TimmWarmup: Sendable {
  let t: Int
  let lrInit: Double
  let prefix: Bool
  /// `warmup_steps`: one per group (1 when there is no warmup, as in timm).
  let steps: [Double]

  /// No warmup, or one towards `targets` (the base values, or TanhLRScheduler's value at
  /// `warmup_t`).
  init(t: Int, lrInit: Double, prefix: Bool, targets: [Double]) {
    self.t = t
    self.lrInit = lrInit
    self.prefix = prefix
    steps = t != 0 ? targets.map { ($0 - lrInit) / Double(t) } : targets.map { _ in 1 }
  }

  /// The warmup values at `t`, or `nil` once it is over (`t >= warmup_t`).
  func values(at step: Int) -> [Double]? {
    guard step < t else { return nil }
    return steps.map { lrInit + Double(step) * $0 }
  }

  /// The schedule's own time: `t - warmup_t` with `warmup_prefix`, else `t`.
  func shifted(_ step: Int) -> Int {
    prefix ? step - t : step
  }

  static let warmupT = Param<Int>(
    "warmup_t", defaultText: "0", help: "Steps of linear warmup from warmup_lr_init.", marker: "warmup end"
  ) { args, key throws(SpecError) in
    let t = try args.int(key, default: 0)
    guard t.magnitude <= UInt(TimmScheduler.timeLimit) else {
      throw SpecError(args.path(key), "must be at most 2**52 in magnitude, got \(t)")
    }
    return t
  }
  static let warmupLRInit = Param<Double>("warmup_lr_init", default: 0, help: "The learning rate the warmup starts at.")

  /// `warmup_prefix`, whose default differs between the classes.
  static func warmupPrefix(default fallback: Bool) -> Param<Bool> {
    Param<Bool>(
      "warmup_prefix", default: fallback,
      help: "Whether the schedule starts after the warmup (t - warmup_t) rather than running under it.")
  }

  /// The arguments `warmup_t`, `warmup_lr_init` and (where the class has it) `warmup_prefix`.
  static func read(
    _ args: SchedulerArguments, prefixDefault: Bool?
  ) throws(SpecError) -> (t: Int, lrInit: Double, prefix: Bool) {
    let t = try args[warmupT]
    let lrInit = try args[warmupLRInit]
    let prefix = try prefixDefault.map { d throws(SpecError) in try args[warmupPrefix(default: d)] } ?? false
    return (t, lrInit, prefix)
  }

  static func parameters(prefixDefault: Bool?) -> [any ParameterDeclaration] {
    [warmupT, warmupLRInit] + (prefixDefault.map { [warmupPrefix(default: $0)] } ?? [])
  }
}
