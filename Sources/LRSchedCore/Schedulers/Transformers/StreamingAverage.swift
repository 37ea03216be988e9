/// `transformers.optimization.StreamingAverage`: the mean of the last `windowSize` values, kept
/// as a running sum (added, then the oldest subtracted) exactly as transformers keeps it.
///
/// The window is a ring that grows to `windowSize` values and is then overwritten in place, so
/// adding allocates nothing once the window is full, and `reset()` keeps its storage.
struct StreamingAverage: Sendable {
  let windowSize: Int
  /// The window's values; once it is full, the oldest is at `oldest`.
  private var window: [Double] = []
  private var oldest = 0
  private var sum = 0.0

  init(windowSize: Int) {
    self.windowSize = windowSize
  }

  /// `streamavg(value)`: adds `value` and returns the window's mean; fails where Python divides by
  /// zero (a window of size 0 or less).
  mutating func add(_ value: Double, path: String) throws(SpecError) -> Double {
    guard windowSize > 0 else { throw SpecError(path, "ZeroDivisionError: float division by zero") }
    sum += value
    if window.count < windowSize {
      window.append(value)
    } else {
      sum -= window[oldest]
      window[oldest] = value
      oldest = oldest + 1 == windowSize ? 0 : oldest + 1
    }
    return sum / Double(window.count)
  }

  /// A fresh average of the same window size (`StreamingAverage(window_size)`), in the same
  /// storage.
  mutating func reset() {
    window.removeAll(keepingCapacity: true)
    oldest = 0
    sum = 0
  }
}
