/// The `torch.optim.lr_scheduler` classes lrsched reproduces.
public enum TorchCatalog {
  public static let descriptors: [SchedulerDescriptor] = [
    StepLR.descriptor, MultiStepLR.descriptor, ConstantLR.descriptor, LinearLR.descriptor,
    ExponentialLR.descriptor, PolynomialLR.descriptor, CosineAnnealingLR.descriptor,
    CosineAnnealingWarmRestarts.descriptor, CyclicLR.descriptor, OneCycleLR.descriptor,
    ReduceLROnPlateau.descriptor, LambdaLR.descriptor, MultiplicativeLR.descriptor, SequentialLR.descriptor,
    ChainedScheduler.descriptor,
  ]
}
