/// What a config file does not say about the data but the schedule's length depends on, given on
/// the command line: the training data loader's length or the data set's size, and the devices.
public struct RunHints: Sendable, Equatable {
  /// Batches per epoch on one device: `len(train_dataloader)`.
  public var batchesPerEpoch: Int?
  /// Training examples in the data set, from which the batches per epoch are derived the way the
  /// framework's data loader does.
  public var datasetSize: Int?
  /// Data-parallel processes (GPUs); 1 when absent.
  public var devices: Int?

  public init(batchesPerEpoch: Int? = nil, datasetSize: Int? = nil, devices: Int? = nil) {
    self.batchesPerEpoch = batchesPerEpoch
    self.datasetSize = datasetSize
    self.devices = devices
  }

  /// Whether any hint is given.
  public var isEmpty: Bool { batchesPerEpoch == nil && datasetSize == nil && devices == nil }
}
