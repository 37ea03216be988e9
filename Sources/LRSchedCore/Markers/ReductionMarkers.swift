/// Collects, row by row, the steps at which a metric-driven schedule lowered the first group's
/// learning rate ("reduce" markers); none when there are more than `PhaseMarkers.maximumCount`.
public struct ReductionMarkers: Sendable {
  private var found: [PhaseMarker] = []
  private var previous = Double.nan

  public init() {}

  /// Takes the first group's learning rate at `step`, the rows in order.
  public mutating func observe(step: Int, lr: Double) {
    if lr < previous && found.count <= PhaseMarkers.maximumCount {
      found.append(PhaseMarker(step: step, label: "reduce"))
    }
    previous = lr
  }

  /// The reductions seen, or none when they are too many to read.
  public var markers: [PhaseMarker] {
    found.count > PhaseMarkers.maximumCount ? [] : found
  }
}
