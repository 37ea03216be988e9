/// One learning-rate curve of a log: a CSV column or a TensorBoard tag.
public struct LogSeries: Sendable, Equatable {
  /// The column or tag as the log names it (`lr-AdamW/pg2`, `train/learning_rate`).
  public let name: String
  /// The parameter group the name designates: a 0-based index (`pg2` is 1), or a group's name
  /// (`lr_<name>`, `lr/<name>`); `nil` for a run-wide rate.
  public let group: GroupReference?
  /// The step convention of the logger that wrote it.
  public let convention: LogConvention

  public init(name: String, group: GroupReference?, convention: LogConvention) {
    self.name = name
    self.group = group
    self.convention = convention
  }

  /// A parameter group named by a log.
  public enum GroupReference: Sendable, Equatable {
    case index(Int)
    case name(String)
  }
}
