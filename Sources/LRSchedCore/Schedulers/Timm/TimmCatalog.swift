/// The `timm.scheduler` classes lrsched reproduces.
public enum TimmCatalog {
  public static let descriptors: [SchedulerDescriptor] = [
    CosineLRScheduler.descriptor, StepLRScheduler.descriptor, MultiStepLRScheduler.descriptor,
    PolyLRScheduler.descriptor, TanhLRScheduler.descriptor, PlateauLRScheduler.descriptor, WSDLRScheduler.descriptor,
  ]
}
