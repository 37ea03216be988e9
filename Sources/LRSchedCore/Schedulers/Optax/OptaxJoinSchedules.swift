/// `optax.join_schedules`: `first` until the first boundary, then each of `rest` from its
/// boundary on, counting from that boundary.
///
/// As in optax, boundaries pair with `rest` as Python's `zip` pairs them (the shorter list wins),
/// and each pair replaces the value so far when `count >= boundary`; every replacement is a
/// `jnp.where`, so the value is float32 once any boundary exists.
public struct OptaxJoinSchedules: StepFunctionSchedule {
  public let first: any StepFunctionSchedule
  public let rest: [any StepFunctionSchedule]
  public let boundaries: [Int]

  public init(first: any StepFunctionSchedule, rest: [any StepFunctionSchedule], boundaries: [Int]) {
    self.first = first
    self.rest = rest
    self.boundaries = boundaries
  }

  public func callAsFunction(_ count: Int) -> Double {
    var value = first(count)
    for (boundary, schedule) in zip(boundaries, rest) {
      value = XLAFloat(count < boundary ? value : schedule(count - boundary)).double
    }
    return value
  }
}

extension OptaxJoinSchedules {
  /// `schedules`, the nested schedule objects, unread.
  static let schedules = Param<[JSONValue]>(
    "schedules", defaultText: nil, help: "The optax schedules, as a list of schedule objects."
  ) { args, key throws(SpecError) in
    guard let v = args.value(key) else {
      throw SpecError(args.path(key), "\(args.type) requires '\(key)', a list of optax schedules")
    }
    guard case .array(let items) = v else {
      throw SpecError(args.path(key), "must be a list of optax schedules, got \(v.typeName)")
    }
    return items
  }
  static let boundaries = Param<[Int]>(
    "boundaries", defaultText: nil, help: "The steps at which to switch to the next schedule (one fewer than schedules)."
  ) { args, key throws(SpecError) in
    let steps = try args.intList(key)
    for (i, b) in steps.enumerated() {
      try OptaxArguments.checkInt32(b, at: "\(args.path(key))[\(i)]")
    }
    return steps
  }

  static let entry = OptaxScheduleEntry(
    name: "optax.join_schedules", aliases: ["join"],
    summary: "Runs optax schedules one after another, each counting from its boundary.",
    details: "Composes warmup and decay pieces: schedules=[{\"type\": \"optax.linear_schedule\", ...}, {\"type\": \"optax.cosine_decay_schedule\", ...}], boundaries=[warmup steps]. Each later schedule sees the steps since its boundary. Nested schedules are optax schedule objects.",
    parameters: [schedules, boundaries],
    composition: .sequential(children: schedules.name, boundaries: boundaries.name)
  ) { args, depth throws(SpecError) in
    let items = try args[schedules]
    var built: [any StepFunctionSchedule] = []
    for (i, item) in items.enumerated() {
      built.append(try OptaxArguments.schedule(item, path: "\(args.path(schedules.name))[\(i)]", depth: depth))
    }
    let steps = try args[boundaries]
    guard let first = built.first else {
      throw SpecError(
        args.path(schedules.name), "IndexError: list index out of range (join_schedules needs at least one schedule)")
    }
    return OptaxJoinSchedules(first: first, rest: Array(built.dropFirst()), boundaries: steps)
  }
}
