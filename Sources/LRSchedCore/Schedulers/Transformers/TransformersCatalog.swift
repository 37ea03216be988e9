/// The Transformers schedules lrsched reproduces.
public enum TransformersCatalog {
  public static let descriptors: [SchedulerDescriptor] = []
}
