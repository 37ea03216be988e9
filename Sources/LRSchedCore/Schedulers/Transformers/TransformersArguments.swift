/// Reading conventions shared by `transformers.optimization`'s schedule functions.
enum TransformersArguments {
  /// The largest step count lrsched accepts (in magnitude), so that every sum and difference the
  /// functions take stays exact in a double, as Python's integers keep it exact.
  static let stepLimit = 1 << 52

  /// An integer step count such as `num_warmup_steps`.
  static func steps(_ args: SchedulerArguments, _ key: String, default fallback: Int? = nil) throws(SpecError) -> Int {
    try checked(args.int(key, default: fallback), args.path(key))
  }

  /// An integer step count that may be absent (`None`).
  static func optionalSteps(_ args: SchedulerArguments, _ key: String) throws(SpecError) -> Int? {
    guard let n = try args.optionalInt(key) else { return nil }
    return try checked(n, args.path(key))
  }

  private static func checked(_ n: Int, _ path: String) throws(SpecError) -> Int {
    guard n.magnitude <= UInt(stepLimit) else {
      throw SpecError(path, "must be at most 2**52 in magnitude, got \(n)")
    }
    return n
  }

  /// Accepts `last_epoch` only at its default, -1: lrsched simulates runs from their start.
  static func requireFreshStart(_ args: SchedulerArguments) throws(SpecError) {
    let epoch = try args[lastEpoch]
    if epoch != -1 {
      throw SpecError(args.path(lastEpoch.name), "only -1 (a run from its start) is simulated, got \(epoch)")
    }
  }

  /// The `LambdaLR` transformers returns: `lambda` for every parameter group.
  static func lambdaLR(_ args: SchedulerArguments, _ ctx: BuildContext, _ lambda: LRLambda) throws(SpecError) -> LambdaLR {
    try LambdaLR(
      optimizer: ctx.optimizer, lambdas: Array(repeating: lambda, count: ctx.optimizer.groupCount), path: args.path)
  }

  /// The linear warmup factor most of the functions share:
  /// `float(current_step) / float(max(1, num_warmup_steps))`.
  static func warmup(_ step: Int, _ numWarmupSteps: Double) -> Double {
    Double(step) / max(1, numWarmupSteps)
  }

  /// A step count as transformers takes it, an `int` or a `float` (its schedules compare it with
  /// the step and convert with `float()`), as a double; at most 2**52 in magnitude.
  static func stepCount(_ args: SchedulerArguments, _ key: String) throws(SpecError) -> Double {
    guard args.value(key) != nil else { return Double(try steps(args, key)) }
    let n = try PyNumber.read(args, key, default: .int(0))
    guard n.double.magnitude <= Double(stepLimit) else {
      throw SpecError(args.path(key), "must be at most 2**52 in magnitude, got \(n.int.map { String($0) } ?? DoubleFormat.shortest(n.double))")
    }
    return n.double
  }

  /// ``stepCount(_:_:)`` for an argument that may be absent (or `None`).
  static func optionalStepCount(_ args: SchedulerArguments, _ key: String) throws(SpecError) -> Double? {
    guard let v = args.value(key), v != .null else { return nil }
    return try stepCount(args, key)
  }

  /// `optimizer.defaults["lr"]`, the learning rate the optimizer was built with (the spec's
  /// top-level `optimizer.lr`), which some functions read instead of a group's.
  static func defaultLR(_ optimizer: Optimizer) -> Double {
    optimizer.defaultLR
  }

  /// `num_warmup_steps`, the warmup's length, which every function with a warmup requires.
  static let warmup = Param<Double>(
    "num_warmup_steps", defaultText: nil, help: "Steps of linear warmup from 0 to the optimizer's learning rate.",
    runDefault: .steps(denominator: 10, minimum: 0), marker: "warmup end"
  ) { args, key throws(SpecError) in try stepCount(args, key) }

  /// `num_training_steps`, the schedule's length, where it is required.
  static let training = Param<Double>(
    "num_training_steps", defaultText: nil, help: "The total number of training steps (scheduler steps).",
    runDefault: .steps()
  ) { args, key throws(SpecError) in try stepCount(args, key) }

  /// `last_epoch`, accepted only at -1 (`requireFreshStart`).
  static let lastEpoch = Param<Int>("last_epoch", default: -1, help: "Only -1 (a run from its start) is simulated.")
}
