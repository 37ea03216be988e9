/// What one `expect` assertion checks. Rows are 0-based scheduler steps; values are the selected
/// parameter group's learning rate.
public enum ExpectationKind: Sendable, Equatable {
  /// The learning rate at one row (`at_step`, or `at_epoch` converted to its first row).
  case lrAt(row: Int, bound: Bound)
  /// The largest learning rate of the run.
  case maxLR(Bound)
  /// The smallest learning rate of the run.
  case minLR(Bound)
  /// The learning rate of the last row.
  case finalLR(Bound)
  /// Consecutive rows in `rows` (inclusive) move in `direction`; the non-strict directions allow
  /// a change against it of up to `atol + rtol * |previous|`.
  case monotonic(MonotonicDirection, rows: ClosedRange<Int>, rtol: Double, atol: Double)
  /// The first row holding the largest learning rate is `row`.
  case peakAtStep(Int)
  /// The first row holding the largest learning rate starts epoch `epoch` (an integer epoch: any
  /// row within it).
  case peakAtEpoch(Double)
  /// The run's rows equal a CSV that `simulate` wrote, `path` relative to the spec's folder.
  case golden(path: String, rtol: Double, atol: Double)
}
