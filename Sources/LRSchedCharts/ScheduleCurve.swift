import LRSchedPlot

/// One curve of a schedule's run as it streams in: every row kept up to
/// `ScheduleChart.exactLimit` rows, a longer run decimated (`Decimator`) into
/// `ScheduleChart.columns` columns across its x range from the first row on. Adding a row
/// allocates nothing once the run is decimated.
struct ScheduleCurve {
  private var xs: [Double] = []
  private var ys: [Double] = []
  private var decimator: Decimator
  private let decimating: Bool

  init(rows: Int, xRange: ClosedRange<Double>) {
    decimating = rows > ScheduleChart.exactLimit
    decimator = Decimator(xRange: xRange, columns: ScheduleChart.columns)
    if !decimating {
      xs.reserveCapacity(rows)
      ys.reserveCapacity(rows)
    }
  }

  mutating func add(_ x: Double, _ y: Double) {
    if decimating {
      decimator.add(x: x, y: y)
    } else {
      xs.append(x)
      ys.append(y)
    }
  }

  /// The kept points in order; a NaN y separates the decimated lines.
  mutating func points() -> (xs: [Double], ys: [Double]) {
    decimating ? decimator.finishedPoints() : (xs, ys)
  }
}
