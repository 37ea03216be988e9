/// Reading conventions shared by optax's schedule functions.
enum OptaxArguments {
  /// A step count (`transition_steps`, a boundary, ...): an integer JAX holds as an int32.
  static func count(_ args: SchedulerArguments, _ key: String, default fallback: Int? = nil) throws(SpecError) -> Int {
    let v = try args.int(key, default: fallback)
    try checkInt32(v, at: args.path(key))
    return v
  }

  /// Refuses an integer JAX could not hold as an int32, with JAX's message.
  static func checkInt32(_ v: Int, at path: String) throws(SpecError) {
    guard v >= Int(Int32.min) && v <= Int(Int32.max) else {
      throw SpecError(path, "OverflowError: Python int \(v) too large to convert to int32")
    }
  }

  /// A step-count argument, read by `count`; required when `fallback` is `nil`.
  static func stepCount(
    _ name: String, default fallback: Int? = nil, help: String, runDefault: RunDefault? = nil, marker: String? = nil
  ) -> Param<Int> {
    Param(name, defaultText: fallback.map { String($0) }, help: help, runDefault: runDefault, marker: marker) {
      args, key throws(SpecError) in try count(args, key, default: fallback)
    }
  }

  /// An exponent argument, read by `OptaxExponent.read`; required when `fallback` is `nil`.
  static func exponent(_ name: String, default fallback: Double? = nil, help: String) -> Param<OptaxExponent> {
    Param(name, defaultText: fallback.map(DoubleFormat.shortest), help: help) { args, key throws(SpecError) in
      try OptaxExponent.read(key, of: args, default: fallback.map { .real($0) })
    }
  }

  /// `boundaries_and_scales`, documented with `help`: a JSON object `{"step": scale, ...}` read as
  /// optax's `{int: float}` dict and sorted by step as optax sorts it; `nil` when absent or null.
  static func boundariesAndScales(help: String) -> Param<[(step: Int, scale: Double)]?> {
    Param("boundaries_and_scales", defaultText: "None", help: help) { args, key throws(SpecError) in
      try boundariesAndScales(args, key)
    }
  }

  private static func boundariesAndScales(_ args: SchedulerArguments, _ key: String) throws(SpecError) -> [(step: Int, scale: Double)]? {
    guard let v = args.value(key) else { return nil }
    guard case .object(let members) = v else {
      throw SpecError(args.path(key), "must be an object of {\"step\": scale}, got \(v.typeName)")
    }
    var byStep: [Int: Double] = [:]
    for (name, value) in members {
      let path = "\(args.path(key)).\(name)"
      guard let step = Int(name) else {
        throw SpecError(path, "keys must be integer steps, got \"\(name)\"")
      }
      try checkInt32(step, at: path)
      byStep[step] = try SchedulerArguments.double(value, at: path)
    }
    return byStep.sorted { $0.key < $1.key }.map { (step: $0.key, scale: $0.value) }
  }

  /// Python's float `a / b`, raising `ZeroDivisionError` at `path` on a zero divisor.
  static func divide(_ a: Double, _ b: Double, at path: String) throws(SpecError) -> Double {
    guard let q = PyMath.div(a, b) else { throw SpecError(path, "ZeroDivisionError: float division by zero") }
    return q
  }

  /// Python's `int(x)` of a float (truncation), raising as Python does for infinities.
  static func truncate(_ x: Double, at path: String) throws(SpecError) -> Int {
    guard x.isFinite else { throw SpecError(path, "OverflowError: cannot convert float infinity to integer") }
    guard abs(x) < 9.2e18 else { throw SpecError(path, "OverflowError: Python int too large to convert to int32") }
    let i = Int(x.rounded(.towardZero))
    try checkInt32(i, at: path)
    return i
  }

  /// The optax schedule described by the spec object `value` at `path` (a nested schedule of
  /// `join_schedules`), built `depth` levels deep.
  static func schedule(_ value: JSONValue, path: String, depth: Int) throws(SpecError) -> any StepFunctionSchedule {
    guard depth < BuildContext.maximumNesting else {
      throw SpecError(path, "schedules nested more than \(BuildContext.maximumNesting) levels deep")
    }
    let args = try SchedulerArguments(value, path: path)
    guard let entry = OptaxCatalog.entry(named: args.type) else {
      throw SpecError(
        path + ".type",
        "'\(args.type)' is not an optax schedule; optax schedules nest optax schedules only (optax.linear_schedule, optax.cosine_decay_schedule, ...)")
    }
    let schedule = try entry.make(args, depth + 1)
    try args.finish()
    return schedule
  }

  /// A marker at each key of the object argument `key` (the piecewise schedules' `boundaries_and_scales`).
  static func boundaryMarkers(_ key: String) -> SchedulerDescriptor.MarkerRule {
    { node, set in
      guard case .object(let members)? = node.json[key] else { return }
      for (step, _) in members { set.add(Int(step), "boundary") }
    }
  }
}
