/// The phase markers of one scheduler being collected. Steps are the scheduler's own (0 at the
/// row it starts driving); only those inside the rows it drives are kept, moved to run rows.
public struct PhaseMarkerSet {
  /// The run row the scheduler starts at.
  public let start: Int
  /// How many rows it drives.
  public let span: Int
  public private(set) var markers: [PhaseMarker] = []
  /// Set when a periodic phase would put more than `PhaseMarkers.maximumCount` markers in.
  public private(set) var tooMany = false

  public init(start: Int, span: Int) {
    self.start = start
    self.span = span
  }

  /// A marker at the scheduler's step `step`, when it lies strictly inside its rows.
  public mutating func add(_ step: Int?, _ label: String) {
    guard let step, step > 0, step < span else { return }
    markers.append(PhaseMarker(step: start + step, label: label))
  }

  /// A marker every `period` steps; none (and `tooMany`) when that would be too many to read.
  public mutating func every(_ period: Int, _ label: String) {
    guard period > 0 else { return }
    guard span / period <= PhaseMarkers.maximumCount else {
      tooMany = true
      return
    }
    var k = period
    while k < span {
      add(k, label)
      k += period
    }
  }

  /// Markers at a growing sequence of steps: `first`, then each following period `mult` times
  /// longer than the one before (restarts).
  public mutating func growing(first: Int, mult: Int, _ label: String) {
    guard first > 0 else { return }
    var at = first
    var period = first
    var count = 0
    while at < span && count <= PhaseMarkers.maximumCount {
      add(at, label)
      let (p, o) = period.multipliedReportingOverflow(by: max(mult, 1))
      guard !o else { break }
      period = p
      let (n, o2) = at.addingReportingOverflow(period)
      guard !o2 else { break }
      at = n
      count += 1
    }
  }
}
