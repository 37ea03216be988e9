import Testing

@testable import LRSchedPlot

@Suite struct AxisTests {
  @Test func extentsSkipValuesTheScaleCannotPlace() {
    #expect(AxisBounds.extent(of: [.nan, 3, -2, .infinity], scale: .linear) == -2...3)
    #expect(AxisBounds.extent(of: [0, -1, 1e-3, 0.1], scale: .logarithmic) == 1e-3...0.1)
    #expect(AxisBounds.extent(of: [0, -1, .nan], scale: .logarithmic) == nil)
    #expect(AxisBounds.extent(of: [], scale: .linear) == nil)
  }

  @Test func degenerateExtentsAreWidened() {
    #expect(AxisBounds.widened(nil, scale: .linear) == 0...1)
    #expect(AxisBounds.widened(nil, scale: .logarithmic) == 1...10)
    #expect(AxisBounds.widened(0.1...0.1, scale: .linear) == 0...0.2)
    #expect(AxisBounds.widened(-2...(-2), scale: .linear) == -4...0)
    #expect(AxisBounds.widened(0...0, scale: .linear) == -1...1)
    let log = AxisBounds.widened(0.01...0.01, scale: .logarithmic)
    #expect(abs(log.lowerBound - 0.001) < 1e-15 && abs(log.upperBound - 0.1) < 1e-15)
  }

  @Test func resolvedAxesAlwaysHaveTicks() {
    let extents: [ClosedRange<Double>?] = [
      nil, 0...0, 5...5, 0...1e-300, -1e300...1e300, 1e-9...1e9,
    ]
    for extent in extents {
      for scale in AxisScale.allCases {
        for fit in [AxisFit.exact, .padded(0.05), .niceBounds] {
          let axis = ResolvedAxis(extent: extent, scale: scale, fit: fit, targetTickCount: 5)
          #expect(!axis.ticks.isEmpty, "\(String(describing: extent)) \(scale) \(fit)")
          #expect(axis.range.lowerBound < axis.range.upperBound)
          #expect(axis.ticks.allSatisfy { axis.fraction(of: $0.value).isFinite })
        }
      }
    }
  }

  @Test func explicitRangesWinWhenUsable() {
    let axis = ResolvedAxis(
      extent: 0...5, explicit: 0...1, scale: .linear, fit: .padded(0.05), targetTickCount: 6)
    #expect(axis.range == 0...1)
    let log = ResolvedAxis(
      extent: 1e-3...1, explicit: 0...1, scale: .logarithmic, fit: .exact, targetTickCount: 6)
    #expect(log.range == 1e-3...1)
  }

  @Test func niceBoundsOnLogAxisAreWholeDecades() {
    let axis = ResolvedAxis(
      extent: 3e-5...0.07, scale: .logarithmic, fit: .niceBounds, targetTickCount: 10)
    #expect(axis.range == 1e-5...0.1)
    #expect(axis.ticks.map(\.decadeExponent) == [-5, -4, -3, -2, -1])
    #expect(axis.minorTicks.contains(2e-5))
  }

  @Test func fractions() {
    #expect(AxisScale.linear.fraction(of: 0.5, in: 0...1) == 0.5)
    #expect(abs(AxisScale.logarithmic.fraction(of: 1e-3, in: 1e-6...1) - 0.5) < 1e-12)
    #expect(AxisScale.logarithmic.fraction(of: 0, in: 1e-6...1).isNaN)
    #expect(AxisScale.linear.fraction(of: .nan, in: 0...1).isNaN)
  }
}
