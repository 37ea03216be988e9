/// `transformers.optimization.StreamingAverage`: the mean of the last `windowSize` values, kept
/// as a running sum (added, then the oldest subtracted) exactly as transformers keeps it.
struct StreamingAverage: Sendable {
  let windowSize: Int
  private var values: [Double] = []
  private var start = 0
  private var sum = 0.0

  init(windowSize: Int) {
    self.windowSize = windowSize
  }

  /// `streamavg(value)`: adds `value` and returns the window's mean; fails where Python divides by
  /// zero (a window of size 0 or less).
  mutating func add(_ value: Double, path: String) throws(SpecError) -> Double {
    values.append(value)
    sum += value
    if values.count - start > windowSize {
      sum -= values[start]
      start += 1
      if start > 4096 && start * 2 > values.count {
        values.removeFirst(start)
        start = 0
      }
    }
    let count = values.count - start
    guard count > 0 else { throw SpecError(path, "ZeroDivisionError: float division by zero") }
    return sum / Double(count)
  }
}
