/// The Keras schedules lrsched reproduces.
public enum KerasCatalog {
  public static let descriptors: [SchedulerDescriptor] = [
    KerasExponentialDecay.descriptor,
    KerasPiecewiseConstantDecay.descriptor,
    KerasPolynomialDecay.descriptor,
    KerasInverseTimeDecay.descriptor,
    KerasCosineDecay.descriptor,
    KerasCosineDecayRestarts.descriptor,
  ]
}
