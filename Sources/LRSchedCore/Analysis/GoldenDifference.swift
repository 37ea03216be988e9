/// One row where a run differs from its golden CSV: the first differing column of that row.
public struct GoldenDifference: Sendable, Equatable {
  public let step: Int
  public let epoch: Double
  public let column: String
  /// The golden file's value, as written there.
  public let expected: String
  /// The run's value, as `simulate` writes it.
  public let got: String

  public init(step: Int, epoch: Double, column: String, expected: String, got: String) {
    self.step = step
    self.epoch = epoch
    self.column = column
    self.expected = expected
    self.got = got
  }
}
