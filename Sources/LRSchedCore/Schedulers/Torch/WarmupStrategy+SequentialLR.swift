extension WarmupStrategy {
  /// The factor PyTorch's warmup starts from (`LinearLR` needs a positive one).
  static let startFactor = 0.001

  /// PyTorch's own warmup: the scheduler becomes the second stage of a `SequentialLR` after
  /// `LinearLR(start_factor=0.001, total_iters=W)`, switching at `W`.
  static let sequentialLR: WarmupStrategy = WarmupStrategy(
    summary: "run after LinearLR(start_factor=\(startFactor), total_iters=W) in a SequentialLR"
  ) { scheduler, steps throws(SpecError) in
    let warmup: JSONValue = .object([
      ("type", .string(LinearLR.descriptor.name)), (LinearLR.startFactor.name, .number(JSONNumber(startFactor))),
      (LinearLR.endFactor.name, .number(JSONNumber(1.0))), (LinearLR.totalIters.name, .number(JSONNumber(steps))),
    ])
    return .object([
      ("type", .string(SequentialLR.descriptor.name)), (SequentialLR.schedulers.name, .array([warmup, scheduler])),
      (SequentialLR.milestones.name, .array([.number(JSONNumber(steps))])),
    ])
  }

  /// Refused for a scheduler that steps on a metric, which `SequentialLR` cannot wrap.
  static func refusedBySequentialLR(_ name: String) -> WarmupStrategy {
    .refused("\(name) cannot follow a warmup stage (SequentialLR does not support it)")
  }
}
