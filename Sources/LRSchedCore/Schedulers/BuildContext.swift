/// What a scheduler's constructor gets besides its own arguments: the optimizer, the run, and a
/// way to build the schedulers it wraps.
public struct BuildContext {
  /// How deeply schedulers may wrap one another.
  public static let maximumNesting = 16

  public let optimizer: Optimizer
  public let run: RunShape
  let depth: Int

  public init(optimizer: Optimizer, run: RunShape) {
    self.optimizer = optimizer
    self.run = run
    self.depth = 0
  }

  private init(optimizer: Optimizer, run: RunShape, depth: Int) {
    self.optimizer = optimizer
    self.run = run
    self.depth = depth
  }

  /// Builds the scheduler described by `value` (a spec object with a `type`) at `path`.
  public func build(_ value: JSONValue, path: String) throws(SpecError) -> any LRScheduler {
    guard depth < Self.maximumNesting else {
      throw SpecError(path, "schedulers nested more than \(Self.maximumNesting) levels deep")
    }
    let args = try SchedulerArguments(value, path: path)
    let descriptor = try SchedulerCatalog.descriptor(named: args.type, at: path + ".type")
    let inner = BuildContext(optimizer: optimizer, run: run, depth: depth + 1)
    let scheduler = try descriptor.build(args, inner)
    try args.finish()
    return scheduler
  }

  /// Builds each element of the list argument `key` (e.g. `schedulers`).
  public func buildList(_ key: String, of args: SchedulerArguments) throws(SpecError) -> [any LRScheduler] {
    guard let v = args.value(key) else {
      throw SpecError(args.path(key), "\(args.type) requires '\(key)', a list of schedulers")
    }
    guard case .array(let items) = v else {
      throw SpecError(args.path(key), "must be a list of schedulers, got \(v.typeName)")
    }
    var out: [any LRScheduler] = []
    for (i, item) in items.enumerated() {
      out.append(try build(item, path: "\(args.path(key))[\(i)]"))
    }
    return out
  }
}
