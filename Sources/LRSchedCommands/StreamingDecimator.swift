/// Collects a long series in bounded memory: up to `exactLimit` points are kept as they are;
/// past that, points fall into `buckets` equal x ranges, each keeping its first, lowest, highest
/// and last point in order, so every spike survives at any plotting resolution.
struct StreamingDecimator {
  private let exactLimit: Int
  private let buckets: Int
  private let xMin: Double
  private let xMax: Double
  private let total: Int
  private var exact: [(Double, Double)] = []
  private var cells: [Cell]

  private struct Cell {
    var first: (Double, Double)?
    var low: (Double, Double)?
    var high: (Double, Double)?
    var last: (Double, Double)?
  }

  /// A decimator for `total` points with x from `xMin` to `xMax`.
  init(total: Int, xMin: Double, xMax: Double, exactLimit: Int = 20_000, buckets: Int = 4_096) {
    self.total = total
    self.exactLimit = exactLimit
    self.buckets = buckets
    self.xMin = xMin
    self.xMax = xMax
    self.cells = total > exactLimit ? Array(repeating: Cell(), count: buckets) : []
    if total <= exactLimit { exact.reserveCapacity(total) }
  }

  mutating func add(_ x: Double, _ y: Double) {
    guard total > exactLimit else {
      exact.append((x, y))
      return
    }
    let span = xMax - xMin
    let f = span > 0 ? (x - xMin) / span : 0
    let i = min(max(Int(f * Double(buckets)), 0), buckets - 1)
    let p = (x, y)
    if cells[i].first == nil { cells[i].first = p }
    if y.isFinite {
      if cells[i].low.map({ y < $0.1 }) ?? true { cells[i].low = p }
      if cells[i].high.map({ y > $0.1 }) ?? true { cells[i].high = p }
    }
    cells[i].last = p
  }

  /// The kept points, in x order.
  var points: (xs: [Double], ys: [Double]) {
    if total <= exactLimit { return (exact.map(\.0), exact.map(\.1)) }
    var xs: [Double] = []
    var ys: [Double] = []
    for c in cells {
      var ps = [c.first, c.low, c.high, c.last].compactMap { $0 }
      ps.sort { $0.0 < $1.0 }
      var previousX = -Double.infinity
      var previousY = Double.nan
      for p in ps where !(p.0 == previousX && p.1 == previousY) {
        xs.append(p.0)
        ys.append(p.1)
        previousX = p.0
        previousY = p.1
      }
    }
    return (xs, ys)
  }
}
