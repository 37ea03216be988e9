/// Reading conventions shared by Keras's learning-rate schedules.
enum KerasArguments {
  /// How lrsched computes Keras's values, for every descriptor's details.
  static let numerics =
    "lrsched repeats Keras's float32 tensor operations as its torch backend runs them, so it agrees with Keras to float32 precision (torch's cos and log, from MKL, can differ in the last bit, which near a cosine's zero with alpha 0 is a relative 1e-5 or so). Row i is schedule(i), the absolute learning rate (the optimizer's lr is unused); Keras calls the schedule with the optimizer's iteration count, so use --interval step."

  /// A number argument and Python's `repr` of it (`10`, `10.0`), for Keras's messages.
  static func number(_ args: SchedulerArguments, _ key: String, default fallback: Double? = nil) throws(SpecError) -> (value: Double, repr: String) {
    guard let v = args.value(key) else {
      let d = try args.double(key, default: fallback)
      return (d, DoubleFormat.shortest(d))
    }
    return (try SchedulerArguments.double(v, at: args.path(key)), repr(v))
  }

  /// Refuses a non-positive step count with Keras's message.
  static func positiveSteps(_ args: SchedulerArguments, _ key: String) throws(SpecError) -> Double {
    let (value, text) = try number(args, key)
    guard value > 0 else {
      throw SpecError(args.path(key), "ValueError: Argument `\(key)` must be > 0. Received: \(key)=\(text)")
    }
    return value
  }

  /// A step-count argument read by `positiveSteps`, required.
  static func positiveStepCount(_ name: String, help: String, runDefault: RunDefault? = nil) -> Param<Double> {
    Param(name, defaultText: nil, help: help, runDefault: runDefault) { args, key throws(SpecError) in
      try positiveSteps(args, key)
    }
  }

  /// Python's `repr` of a JSON value as `json.loads` would give it.
  static func repr(_ v: JSONValue) -> String { v.pyRepr }

  /// Refuses `--warmup-steps`: Keras's values are absolute, and CosineDecay has a warmup of its own.
  static let warmup = WarmupStrategy.refused(
    "Keras schedules compute absolute values; use keras.CosineDecay's warmup_steps and warmup_target")

  /// The descriptor of a Keras schedule built by `make`.
  static func descriptor(
    name: String, aliases: [String] = [], summary: String, details: String, parameters: [any ParameterDeclaration],
    markers: @escaping SchedulerDescriptor.MarkerRule = { _, _ in },
    make: @escaping @Sendable (SchedulerArguments) throws(SpecError) -> any StepFunctionSchedule
  ) -> SchedulerDescriptor {
    SchedulerDescriptor(
      name: name, library: .keras, aliases: aliases, summary: summary, details: details + " " + numerics,
      parameters: parameters, traits: [.perBatch, .absoluteLR], markers: markers, warmup: warmup, export: .unsupported
    ) { args, ctx throws(SpecError) in
      StepFunctionScheduler(optimizer: ctx.optimizer, schedule: try make(args))
    }
  }
}
