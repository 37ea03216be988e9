/// The `transformers.optimization` schedules lrsched reproduces: the schedule functions, the
/// Trainer's `lr_scheduler_type` names (`transformers.linear`, ...) and `GreedyLR`.
public enum TransformersCatalog {
  public static let descriptors: [SchedulerDescriptor] =
    [
      ConstantSchedule.descriptor, ConstantScheduleWithWarmup.descriptor, LinearScheduleWithWarmup.descriptor,
      CosineScheduleWithWarmup.descriptor, CosineWithHardRestartsScheduleWithWarmup.descriptor,
      PolynomialDecayScheduleWithWarmup.descriptor, InverseSqrtSchedule.descriptor,
      CosineWithMinLRScheduleWithWarmup.descriptor, CosineWithMinLRScheduleWithWarmupLRRate.descriptor,
      WSDSchedule.descriptor, ReduceOnPlateauSchedule.descriptor, GreedyLR.functionDescriptor, GreedyLR.descriptor,
    ] + TrainerSchedulerType.allCases.map(\.descriptor)
}
