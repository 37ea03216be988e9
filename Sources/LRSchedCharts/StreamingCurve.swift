import LRSchedPlot

/// A curve streamed in one point at a time in bounded memory: kept exactly up to `exactLimit`
/// points, then M4-decimated (`Decimator`) into `columns` columns over an x range that doubles
/// whenever a point falls outside it (the decimated lines are decimated again into the wider
/// range, so the drawn pixels stay those of every point).
struct StreamingCurve {
  private var xs: [Double] = []
  private var ys: [Double] = []
  /// The decimator, once more than `exactLimit` points have come (a placeholder before).
  private var decimator = Decimator(xRange: 0...1, columns: 1)
  private var decimating = false
  private var lower = 0.0
  private var upper = 0.0
  let exactLimit: Int
  let columns: Int

  init(exactLimit: Int = ScheduleChart.exactLimit, columns: Int = ScheduleChart.columns) {
    self.exactLimit = exactLimit
    self.columns = columns
  }

  mutating func add(_ x: Double, _ y: Double) {
    guard decimating else {
      xs.append(x)
      ys.append(y)
      if xs.count > exactLimit { startDecimating() }
      return
    }
    if x.isFinite && (x < lower || x > upper) { widen(to: x) }
    decimator.add(x: x, y: y)
  }

  /// The kept points in order; a NaN y separates decimated lines.
  mutating func points() -> (xs: [Double], ys: [Double]) {
    decimating ? decimator.finishedPoints() : (xs, ys)
  }

  private mutating func startDecimating() {
    let finite = xs.filter(\.isFinite)
    lower = finite.min() ?? 0
    let high = finite.max() ?? 1
    upper = lower + max(2 * (high - lower), 1)
    var d = Decimator(xRange: lower...upper, columns: columns)
    for (x, y) in zip(xs, ys) { d.add(x: x, y: y) }
    decimator = d
    decimating = true
    xs = []
    ys = []
  }

  private mutating func widen(to x: Double) {
    while x > upper { upper = lower + 2 * (upper - lower) }
    while x < lower { lower = upper - 2 * (upper - lower) }
    var d = Decimator(xRange: lower...upper, columns: columns)
    for line in decimator.finish() {
      for p in line { d.add(x: p.x, y: p.y) }
      if let last = line.last { d.breakLine(x: last.x) }
    }
    decimator = d
  }
}
