import LRSchedCore

/// Places logged points on a plan's rows and on its chart axis.
///
/// A point logged at step s belongs to row `s + offset`, the offset its series' convention gives
/// (or `--log-offset`). For a plan stepped per epoch, a logger counting optimizer steps (Trainer,
/// Lightning) puts it on that step's epoch (`⌊(s + offset) / stepsPerEpoch⌋`), a loop's step is
/// the row itself; a point with only an epoch goes to the row of that epoch.
public struct LogAlignment: Sendable {
  public let shape: RunShape
  /// The offset that replaces every convention's, when given.
  public let offset: Int?
  /// Offsets that replace single conventions' (when `offset` is not given).
  public let overrides: [LogConvention: Int]

  public init(shape: RunShape, offset: Int? = nil, overrides: [LogConvention: Int] = [:]) {
    self.shape = shape
    self.offset = offset
    self.overrides = overrides
  }

  /// The offset applied to `series`.
  public func offset(for series: LogSeries) -> Int { offset ?? overrides[series.convention] ?? series.convention.rowOffset }

  /// The plan row (fractional when the log's counter is) of `point`, or `nil` when it has no
  /// counter.
  public func row(_ point: LogPoint, series: LogSeries) -> Double? {
    let spe = Double(max(shape.stepsPerEpoch, 1))
    if let step = point.step {
      let s = step + Double(offset(for: series))
      return shape.interval == .epoch && spe > 1 && series.convention.countsOptimizerSteps ? (s / spe).rounded(.down) : s
    }
    if let epoch = point.epoch {
      return shape.interval == .epoch ? epoch.rounded(.down) : (epoch * spe).rounded()
    }
    return nil
  }

  /// Where `row` sits on the plan's chart axis: the row itself for `step`, its epoch for
  /// `epoch` (fractional for a plan stepped per batch).
  public func x(row: Double, epochAxis: Bool) -> Double {
    epochAxis && shape.interval == .step ? row / Double(max(shape.stepsPerEpoch, 1)) : row
  }
}
