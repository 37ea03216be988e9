import Testing
@testable import LRSchedCore

/// `StreamingAverage` against transformers' algorithm written out as Python runs it: append to a
/// list, add to the sum, and once the list is longer than the window pop its first value and
/// subtract it.
@Suite struct StreamingAverageTests {
  /// transformers' `StreamingAverage`, list and all.
  struct ListAverage {
    let windowSize: Int
    var values: [Double] = []
    var sum = 0.0

    mutating func add(_ value: Double) -> Double {
      values.append(value)
      sum += value
      if values.count > windowSize { sum -= values.removeFirst() }
      return sum / Double(values.count)
    }
  }

  /// Values whose sums round differently in different orders.
  static func values(_ count: Int) -> [Double] {
    (0..<count).map { (i: Int) -> Double in
      let offset: Double = i % 3 == 0 ? 1e-9 : 1e6
      return Double((i * 7919) % 1013) / 97.0 + offset
    }
  }

  @Test(arguments: [1, 2, 3, 7, 50])
  func matchesTheListBitForBit(window: Int) throws {
    var ring = StreamingAverage(windowSize: window)
    var list = ListAverage(windowSize: window)
    for (i, v) in Self.values(400).enumerated() {
      if i == 150 {
        ring.reset()
        list = ListAverage(windowSize: window)
      }
      let got = try ring.add(v, path: "p")
      let want = list.add(v)
      #expect(got.bitPattern == want.bitPattern, "window \(window), value \(i)")
    }
  }

  @Test(arguments: [0, -1])
  func anEmptyWindowDividesByZero(window: Int) {
    var ring = StreamingAverage(windowSize: window)
    #expect(throws: SpecError.self) { try ring.add(1, path: "p") }
  }
}
