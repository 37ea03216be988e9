/// `transformers.get_constant_schedule`: the optimizer's learning rates, unchanged.
enum ConstantSchedule {
  /// `_get_constant_lambda`: 1 at every step.
  static func lambda() -> LRLambda {
    LRLambda { (_: Int) throws(SpecError) -> Double in 1 }
  }
}

extension ConstantSchedule {
  static let descriptor = SchedulerDescriptor(
    name: "get_constant_schedule", library: .transformers,
    summary: "Keeps every group at the optimizer's learning rate (a LambdaLR whose factor is 1).",
    details: "The baseline schedule of the Trainer (lr_scheduler_type \"constant\"). Stepped once per optimizer update (interval \"step\"), though the rate never changes.",
    parameters: [TransformersArguments.lastEpoch],
    traits: .perBatch, warmup: .sequentialLR, export: .constructor()
  ) { args, ctx throws(SpecError) in
    try TransformersArguments.requireFreshStart(args)
    return try TransformersArguments.lambdaLR(args, ctx, lambda())
  }
}
