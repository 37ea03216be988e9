/// The `deepspeed.runtime.lr_schedules` classes lrsched reproduces.
public enum DeepSpeedCatalog {
  public static let descriptors: [SchedulerDescriptor] = [
    DeepSpeedWarmupLR.descriptor, DeepSpeedWarmupDecayLR.descriptor, DeepSpeedWarmupCosineLR.descriptor,
    DeepSpeedOneCycle.descriptor, DeepSpeedLRRangeTest.descriptor,
  ]
}
