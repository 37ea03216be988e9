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
  static let entry = OptaxScheduleEntry(
    name: "optax.join_schedules", aliases: ["join"],
    summary: "Runs optax schedules one after another, each counting from its boundary.",
    details: "Composes warmup and decay pieces: schedules=[{\"type\": \"optax.linear_schedule\", ...}, {\"type\": \"optax.cosine_decay_schedule\", ...}], boundaries=[warmup steps]. Each later schedule sees the steps since its boundary. Nested schedules are optax schedule objects.",
    parameters: [
      ParameterInfo("schedules", nil, "The optax schedules, as a list of schedule objects."),
      ParameterInfo("boundaries", nil, "The steps at which to switch to the next schedule (one fewer than schedules)."),
    ],
    composition: .sequential(children: "schedules", boundaries: "boundaries")
  ) { args, depth throws(SpecError) in
    guard let v = args.value("schedules") else {
      throw SpecError(args.path("schedules"), "\(args.type) requires 'schedules', a list of optax schedules")
    }
    guard case .array(let items) = v else {
      throw SpecError(args.path("schedules"), "must be a list of optax schedules, got \(v.typeName)")
    }
    var schedules: [any StepFunctionSchedule] = []
    for (i, item) in items.enumerated() {
      schedules.append(try OptaxArguments.schedule(item, path: "\(args.path("schedules"))[\(i)]", depth: depth))
    }
    let boundaries = try args.intList("boundaries")
    for (i, b) in boundaries.enumerated() {
      try OptaxArguments.checkInt32(b, at: "\(args.path("boundaries"))[\(i)]")
    }
    guard let first = schedules.first else {
      throw SpecError(args.path("schedules"), "IndexError: list index out of range (join_schedules needs at least one schedule)")
    }
    return OptaxJoinSchedules(first: first, rest: Array(schedules.dropFirst()), boundaries: boundaries)
  }
}
