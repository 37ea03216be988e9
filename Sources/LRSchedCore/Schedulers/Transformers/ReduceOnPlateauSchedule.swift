/// `transformers.get_reduce_on_plateau_schedule`: PyTorch's `ReduceLROnPlateau` with the given
/// keyword arguments.
enum ReduceOnPlateauSchedule {
  static let torchName = "torch.ReduceLROnPlateau"
}

/// The keyword arguments, which go on to `torch.ReduceLROnPlateau` as given, which reads them.
extension ReduceOnPlateauSchedule {
  static let mode = Param<String>(
    "mode", default: "min", help: "\"min\": reduce when the metric stops decreasing; \"max\": when it stops increasing.")
  static let factor = Param<Double>("factor", default: 0.1, help: "The factor the learning rate is multiplied by (< 1).")
  static let patience = Param<Int>("patience", default: 10, help: "Steps without improvement before reducing.")
  static let threshold = Param<Double>("threshold", default: 1e-4, help: "The least change that counts as an improvement.")
  static let thresholdMode = Param<String>("threshold_mode", default: "rel", help: "\"rel\" or \"abs\".")
  static let cooldown = Param<Int>("cooldown", default: 0, help: "Steps to wait after a reduction.")
  /// `min_lr: float | list[float] = 0`.
  static let minLR = Param<JSONValue?>(
    "min_lr", defaultText: "0", help: "A floor for the learning rate (or a list, one per group)."
  ) { args, key throws(SpecError) in args.value(key) }
  static let eps = Param<Double>("eps", default: 1e-8, help: "Reductions smaller than this are skipped.")
}

extension ReduceOnPlateauSchedule {
  static let descriptor = SchedulerDescriptor(
    name: "get_reduce_on_plateau_schedule", library: .transformers,
    summary: "PyTorch's ReduceLROnPlateau: cuts the learning rate by factor when the monitored metric stops improving.",
    details: "Trainer's \"reduce_lr_on_plateau\", stepped with the evaluation metric (give \"metrics\", one per scheduler step). Every keyword argument is ReduceLROnPlateau's (mode, factor, patience, threshold, threshold_mode, cooldown, min_lr, eps).",
    parameters: [mode, factor, patience, threshold, thresholdMode, cooldown, minLR, eps],
    traits: .metricDriven, warmup: .refusedBySequentialLR("get_reduce_on_plateau_schedule"), export: .constructor()
  ) { args, ctx throws(SpecError) in
    var members: [(key: String, value: JSONValue)] = [("type", .string(torchName))]
    for key in args.keys where key != "type" && key != "name" {
      if let v = args.value(key) { members.append((key, v)) }
    }
    return try ctx.build(.object(members), path: args.path)
  }
}
