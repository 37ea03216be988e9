/// How to read a log when its names are not enough: the learning-rate column or tag to read
/// (`--log-column`) and the column holding the step or epoch counter (`--log-x`).
public struct LogOptions: Sendable, Equatable {
  public var column: String?
  public var xColumn: String?

  public init(column: String? = nil, xColumn: String? = nil) {
    self.column = column
    self.xColumn = xColumn
  }
}
