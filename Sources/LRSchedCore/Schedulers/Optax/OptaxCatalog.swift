/// The Optax schedules lrsched reproduces.
public enum OptaxCatalog {
  public static let descriptors: [SchedulerDescriptor] = []
}
