/// The Timm schedules lrsched reproduces.
public enum TimmCatalog {
  public static let descriptors: [SchedulerDescriptor] = []
}
