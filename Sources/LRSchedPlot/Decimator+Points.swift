extension Decimator {
  /// The kept points of every line in order, as chart series arrays; a NaN y between two lines
  /// breaks the drawn path there.
  public mutating func finishedPoints() -> (xs: [Double], ys: [Double]) {
    let lines = finish()
    let count = lines.reduce(max(lines.count - 1, 0)) { $0 + $1.count }
    var xs: [Double] = []
    var ys: [Double] = []
    xs.reserveCapacity(count)
    ys.reserveCapacity(count)
    for line in lines {
      if let last = xs.last {
        xs.append(last)
        ys.append(.nan)
      }
      for p in line {
        xs.append(p.x)
        ys.append(p.y)
      }
    }
    return (xs, ys)
  }
}
