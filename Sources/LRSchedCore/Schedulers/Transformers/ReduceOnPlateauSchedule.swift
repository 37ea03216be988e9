/// `transformers.get_reduce_on_plateau_schedule`: PyTorch's `ReduceLROnPlateau` with the given
/// keyword arguments.
enum ReduceOnPlateauSchedule {
  static let torchName = "torch.ReduceLROnPlateau"
}

extension ReduceOnPlateauSchedule {
  static let descriptor = SchedulerDescriptor(
    name: "get_reduce_on_plateau_schedule", library: .transformers,
    summary: "PyTorch's ReduceLROnPlateau: cuts the learning rate by factor when the monitored metric stops improving.",
    details: "Trainer's \"reduce_lr_on_plateau\", stepped with the evaluation metric (give \"metrics\", one per scheduler step). Every keyword argument is ReduceLROnPlateau's (mode, factor, patience, threshold, threshold_mode, cooldown, min_lr, eps).",
    parameters: [
      ParameterInfo("mode", "\"min\"", "\"min\": reduce when the metric stops decreasing; \"max\": when it stops increasing."),
      ParameterInfo("factor", "0.1", "The factor the learning rate is multiplied by (< 1)."),
      ParameterInfo("patience", "10", "Steps without improvement before reducing."),
      ParameterInfo("threshold", "1e-4", "The least change that counts as an improvement."),
      ParameterInfo("threshold_mode", "\"rel\"", "\"rel\" or \"abs\"."),
      ParameterInfo("cooldown", "0", "Steps to wait after a reduction."),
      ParameterInfo("min_lr", "0", "A floor for the learning rate (or a list, one per group)."),
      ParameterInfo("eps", "1e-8", "Reductions smaller than this are skipped."),
    ],
    traits: .metricDriven, warmup: .refusedBySequentialLR("get_reduce_on_plateau_schedule"), export: .constructor()
  ) { args, ctx throws(SpecError) in
    var members: [(key: String, value: JSONValue)] = [("type", .string(torchName))]
    for key in args.keys where key != "type" && key != "name" {
      if let v = args.value(key) { members.append((key, v)) }
    }
    return try ctx.build(.object(members), path: args.path)
  }
}
