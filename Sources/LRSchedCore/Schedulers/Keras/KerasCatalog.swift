/// The Keras schedules lrsched reproduces.
public enum KerasCatalog {
  public static let descriptors: [SchedulerDescriptor] = []
}
