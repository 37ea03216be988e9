extension Decimator {
  /// The kept points of every line in order, as chart series arrays; a NaN y between two lines
  /// breaks the drawn path there.
  public mutating func finishedPoints() -> (xs: [Double], ys: [Double]) {
    var xs: [Double] = []
    var ys: [Double] = []
    for line in finish() {
      if let last = xs.last {
        xs.append(last)
        ys.append(.nan)
      }
      xs += line.map(\.x)
      ys += line.map(\.y)
    }
    return (xs, ys)
  }
}
