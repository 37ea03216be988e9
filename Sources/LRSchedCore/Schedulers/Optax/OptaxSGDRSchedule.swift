/// `optax.sgdr_schedule`: SGD with warm restarts, a `warmup_cosine_decay_schedule` per entry of
/// `cosine_kwargs`, joined at the running sum of their `decay_steps`.
public struct OptaxSGDRSchedule: StepFunctionSchedule {
  public let joined: OptaxJoinSchedules

  /// `cycles` and their `decaySteps`, in order; optax fails on an empty list, which the builder
  /// refuses, so an empty one here gives 0.
  public init(cycles: [OptaxWarmupCosineDecaySchedule], decaySteps: [Int]) {
    var boundaries: [Int] = []
    var step = 0
    for d in decaySteps {
      step += d
      boundaries.append(step)
    }
    joined = OptaxJoinSchedules(
      first: cycles.first ?? OptaxConstantSchedule(value: 0), rest: Array(cycles.dropFirst()),
      boundaries: Array(boundaries.dropLast()))
  }

  public func callAsFunction(_ count: Int) -> Double { joined(count) }
}

extension OptaxSGDRSchedule {
  /// `cosine_kwargs`, the cycles' argument objects, unread; optax fails on an empty list.
  static let cosineKwargs = Param<[JSONValue]>(
    "cosine_kwargs", defaultText: nil,
    help: "A list of objects, each the keyword arguments of one warmup_cosine_decay_schedule cycle."
  ) { args, key throws(SpecError) in
    guard let v = args.value(key) else { throw SpecError(args.path(key), "\(args.type) requires '\(key)', which is missing") }
    guard case .array(let items) = v else {
      throw SpecError(args.path(key), "must be a list of objects of warmup_cosine_decay_schedule arguments, got \(v.typeName)")
    }
    guard !items.isEmpty else {
      throw SpecError(args.path(key), "IndexError: list index out of range (sgdr_schedule needs at least one cycle)")
    }
    return items
  }

  static let entry = OptaxScheduleEntry(
    name: "optax.sgdr_schedule", aliases: ["optax-sgdr"],
    summary: "Warm restarts: one warmup-cosine cycle per entry of cosine_kwargs, back to back.",
    details: "SGDR with explicit cycles, e.g. cycles of growing length. Each entry takes warmup_cosine_decay_schedule's arguments (init_value, peak_value, warmup_steps, decay_steps, end_value, exponent); a cycle lasts its decay_steps. Past the last cycle the value stays at its end_value.",
    parameters: [cosineKwargs]
  ) { args, _ throws(SpecError) in
    let items = try args[cosineKwargs]
    var cycles: [OptaxWarmupCosineDecaySchedule] = []
    var decaySteps: [Int] = []
    for (i, item) in items.enumerated() {
      let path = "\(args.path(cosineKwargs.name))[\(i)]"
      guard case .object(let members) = item else {
        throw SpecError(path, "must be an object of warmup_cosine_decay_schedule arguments, got \(item.typeName)")
      }
      for (name, _) in members where name == "type" || name == "name" {
        throw SpecError("\(path).\(name)", "TypeError: warmup_cosine_decay_schedule() got an unexpected keyword argument '\(name)'")
      }
      let cycle = try SchedulerArguments(
        .object([("type", .string("optax.warmup_cosine_decay_schedule"))] + members), path: path)
      cycles.append(try OptaxWarmupCosineDecaySchedule.read(cycle))
      decaySteps.append(try cycle[OptaxWarmupCosineDecaySchedule.decaySteps])
      try cycle.finish()
    }
    return OptaxSGDRSchedule(cycles: cycles, decaySteps: decaySteps)
  }
}
