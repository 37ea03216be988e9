/// The linear warmup every timm scheduler shares (`warmup_t`, `warmup_lr_init`,
/// `warmup_prefix`): below `warmup_t` the value is `warmup_lr_init + t * step` per group, with
/// `step = (target - warmup_lr_init) / warmup_t`.
///
/// `warmup_t` is the number timm was given: the cosine, polynomial, tanh, step and multistep
/// schedulers take a `float` too (``readNumber(_:prefixDefault:)``), compared with `t` exactly and
/// subtracted from it as Python does (`t - warmup_t` is then a float); PlateauLRScheduler and
/// WSDLRScheduler take an `int`.
struct TimmWarmup: Sendable {
  let t: PyNumber
  let lrInit: Double
  let prefix: Bool
  /// `warmup_steps`: one per group (1 when there is no warmup, as in timm).
  let steps: [Double]

  /// No warmup, or one towards `targets` (the base values, or TanhLRScheduler's value at
  /// `warmup_t`).
  init(t: PyNumber, lrInit: Double, prefix: Bool, targets: [Double]) {
    self.t = t
    self.lrInit = lrInit
    self.prefix = prefix
    steps = t.double != 0 ? targets.map { ($0 - lrInit) / t.double } : targets.map { _ in 1 }
  }

  /// An `int` `warmup_t`.
  init(t: Int, lrInit: Double, prefix: Bool, targets: [Double]) {
    self.init(t: .int(t), lrInit: lrInit, prefix: prefix, targets: targets)
  }

  /// `warmup_t` as an `int` (the schedulers that take only an `int` build it from one).
  var intT: Int { t.int ?? 0 }

  /// Whether `warmup_t` is nonzero (`if self.warmup_t:`).
  var isActive: Bool { t.double != 0 }

  /// Python's `step < warmup_t` (exact: both are within 2**52 in magnitude).
  func isWarming(_ step: PyNumber) -> Bool {
    if let a = step.int, let b = t.int { return a < b }
    return step.double < t.double
  }

  /// Writes the warmup values at `t` into `values` and returns true, or returns false (writing
  /// nothing) once the warmup is over (`t >= warmup_t`).
  func write(at step: PyNumber, into values: GroupValues) -> Bool {
    guard isWarming(step) else { return false }
    write(step.double, into: values)
    return true
  }

  /// The same at an `int` `t`.
  func write(at step: Int, into values: GroupValues) -> Bool {
    write(at: .int(step), into: values)
  }

  /// Writes `warmup_lr_init + t * s` for each group's warmup step `s` into `values`, whether or
  /// not `t` is in the warmup (PlateauLRScheduler's warmup runs through `t == warmup_t`).
  func write(_ step: Double, into values: GroupValues) {
    for (g, s) in steps.enumerated() { values[g] = lrInit + step * s }
  }

  /// The schedule's own time: `t - warmup_t` with `warmup_prefix`, else `t`; a float when either
  /// is one.
  func shifted(_ step: PyNumber) -> PyNumber {
    guard prefix else { return step }
    if let a = step.int, let b = t.int { return .int(a - b) }
    return .float(step.double - t.double)
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
  /// `warmup_t` as the cosine, polynomial and tanh schedulers take it: an `int` or a `float`.
  static let warmupTNumber = Param<PyNumber>(
    "warmup_t", defaultText: "0", help: "Steps of linear warmup from warmup_lr_init (an int or a float).", marker: "warmup end"
  ) { args, key throws(SpecError) in
    guard let v = args.value(key), case .number(let n) = v, !n.isInteger else { return .int(try args[warmupT]) }
    let t = try PyNumber.read(v, at: args.path(key))
    guard t.double.magnitude <= Double(TimmScheduler.timeLimit) else {
      throw SpecError(args.path(key), "must be at most 2**52 in magnitude, got \(DoubleFormat.shortest(t.double))")
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

  /// The arguments `warmup_t` (an `int`), `warmup_lr_init` and (where the class has it)
  /// `warmup_prefix`.
  static func read(
    _ args: SchedulerArguments, prefixDefault: Bool?
  ) throws(SpecError) -> (t: Int, lrInit: Double, prefix: Bool) {
    let t = try args[warmupT]
    let lrInit = try args[warmupLRInit]
    let prefix = try prefixDefault.map { d throws(SpecError) in try args[warmupPrefix(default: d)] } ?? false
    return (t, lrInit, prefix)
  }

  /// The same, with `warmup_t` an `int` or a `float`.
  static func readNumber(
    _ args: SchedulerArguments, prefixDefault: Bool
  ) throws(SpecError) -> (t: PyNumber, lrInit: Double, prefix: Bool) {
    let t = try args[warmupTNumber]
    let lrInit = try args[warmupLRInit]
    let prefix = try args[warmupPrefix(default: prefixDefault)]
    return (t, lrInit, prefix)
  }

  static func parameters(prefixDefault: Bool?) -> [any ParameterDeclaration] {
    [warmupT, warmupLRInit] + (prefixDefault.map { [warmupPrefix(default: $0)] } ?? [])
  }

  /// The arguments of ``readNumber(_:prefixDefault:)``.
  static func numberParameters(prefixDefault: Bool) -> [any ParameterDeclaration] {
    [warmupTNumber, warmupLRInit, warmupPrefix(default: prefixDefault)]
  }
}
