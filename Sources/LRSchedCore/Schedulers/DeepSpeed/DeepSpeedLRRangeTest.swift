/// `deepspeed.runtime.lr_schedules.LRRangeTest`: the learning-rate range test — the learning rate
/// grows linearly from `lr_range_test_min_lr`, by `lr_range_test_step_rate` times it every
/// `lr_range_test_step_size` steps (continuously, or in stairs).
///
/// As in DeepSpeed: the constructor writes `lr_range_test_min_lr` into the groups without
/// stepping; `get_lr()` is `min_lr * (1 + step_rate * interval)` with `interval` either
/// `math.floor(float(last_batch_iteration + 1) / step_size)` (staircase) or
/// `float(last_batch_iteration + 1) / step_size`.
public final class DeepSpeedLRRangeTest: DeepSpeedScheduler {
  public let minLRs: [Double]
  public let stepSize: Int
  public let stepRate: Double
  public let staircase: Bool

  init(optimizer: Optimizer, minLRs: [Double], stepSize: Int, stepRate: Double, staircase: Bool, path: String) {
    self.minLRs = minLRs
    self.stepSize = stepSize
    self.stepRate = stepRate
    self.staircase = staircase
    super.init(optimizer: optimizer, path: path)
    next.assign(minLRs)
    updateLR(next)
  }

  /// `interval_fn()`.
  func interval() throws(SpecError) -> Double {
    let q = try div(Double(lastBatchIteration + 1), Double(stepSize))
    return staircase ? PyMath.floor(q) : q
  }

  public override func getLR(into values: GroupValues) throws(SpecError) {
    let increase = 1 + stepRate * (try interval())
    for (i, minLR) in minLRs.enumerated() { values[i] = minLR * increase }
  }
}

extension DeepSpeedLRRangeTest {
  static let minLR = ParameterInfo("lr_range_test_min_lr", "0.001", "The starting learning rate, or a list with one per group.")
  static let stepSize = Param<Int>(
    "lr_range_test_step_size", defaultText: "2000", help: "Steps per increase of step_rate × min_lr (a positive int).",
    runDefault: .steps(denominator: 10)
  ) { args, key throws(SpecError) in try DeepSpeedArguments.positiveInt(args, key, default: 2000) }
  static let stepRate = Param<Double>(
    "lr_range_test_step_rate", default: 1.0, help: "How many times min_lr the learning rate grows by per step_size steps.")
  static let staircase = Param<Bool>(
    "lr_range_test_staircase", default: false, help: "Grow in stairs every step_size steps rather than continuously.")

  /// `lr_range_test_min_lr` for `groups` groups: a float, or a list of as many.
  static func minLRs(_ args: SchedulerArguments, groups: Int) throws(SpecError) -> [Double] {
    let key = minLR.name
    guard let v = args.value(key) else { return Array(repeating: 1e-3, count: groups) }
    if case .array(let items) = v {
      guard items.count == groups else {
        throw SpecError(args.path(key), "expected \(groups) lr_range_test_min_lr, got \(items.count)")
      }
      var out: [Double] = []
      for (i, item) in items.enumerated() { out.append(try SchedulerArguments.double(item, at: "\(args.path(key))[\(i)]")) }
      return out
    }
    return Array(repeating: try SchedulerArguments.double(v, at: args.path(key)), count: groups)
  }

  static let descriptor = SchedulerDescriptor(
    name: "deepspeed.LRRangeTest", library: .deepspeed, aliases: ["ds-range-test"], configNames: ["LRRangeTest"],
    summary: "The LR range test: the learning rate grows linearly (or in stairs) from lr_range_test_min_lr.",
    details: "For finding the largest learning rate that trains; stepped by DeepSpeed's engine after every optimizer step. The optimizer's lr is replaced by lr_range_test_min_lr.",
    parameters: [minLR, stepSize, stepRate, staircase],
    traits: [.perBatch, .absoluteLR], markers: markers, warmup: DeepSpeedArguments.warmup, export: .unsupported
  ) { args, ctx throws(SpecError) in
    try DeepSpeedArguments.requireFreshStart(args)
    let minLRs = try minLRs(args, groups: ctx.optimizer.groupCount)
    return DeepSpeedLRRangeTest(
      optimizer: ctx.optimizer, minLRs: minLRs, stepSize: try args[stepSize], stepRate: try args[stepRate],
      staircase: try args[staircase], path: args.path)
  }
}

extension DeepSpeedLRRangeTest {
  /// A stair every `lr_range_test_step_size` steps, when it grows in stairs.
  static func markers(_ node: SchedulerNode, _ set: inout PhaseMarkerSet) {
    guard case .bool(true)? = node.json[staircase.name], let size = node.int(stepSize.name) else { return }
    set.every(size, "stair")
  }
}
