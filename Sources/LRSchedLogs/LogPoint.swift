/// One logged learning rate: the series it belongs to, the log's step and epoch counters where
/// the record has them, and the value.
public struct LogPoint: Sendable, Equatable {
  /// An index into the reader's `series`.
  public var series: Int
  public var step: Double?
  public var epoch: Double?
  public var value: Double

  public init(series: Int, step: Double?, epoch: Double?, value: Double) {
    self.series = series
    self.step = step
    self.epoch = epoch
    self.value = value
  }
}
