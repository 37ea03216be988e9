import Testing

@testable import LRSchedPlot

@Suite struct NiceTicksTests {
  @Test func tenthRangeGivesStepsOfTwoHundredths() {
    let ticks = NiceTicks.linear(lower: 0, upper: 0.1, targetCount: 6)
    #expect(ticks.map(\.value) == [0, 0.02, 0.04, 0.06, 0.08, 0.1])
    #expect(ticks.map(\.label) == ["0.00", "0.02", "0.04", "0.06", "0.08", "0.10"])
  }

  @Test func unitRange() {
    let ticks = NiceTicks.linear(lower: 0, upper: 1, targetCount: 6)
    #expect(ticks.map(\.label) == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    #expect(ticks.map(\.value) == [0, 0.2, 0.4, 0.6, 0.8, 1])
  }

  @Test func stepsAreNiceNumbers() throws {
    let ranges: [(Double, Double)] = [
      (0, 0.1), (0, 1), (0, 99), (-3, 7), (0.0003, 0.0971), (1e-7, 3e-6), (12, 12.5), (0, 1e9),
      (-1e-3, 1e-3), (0.85, 0.95),
    ]
    for (lower, upper) in ranges {
      for target in 2...10 {
        let step = try #require(NiceTicks.step(lower: lower, upper: upper, targetCount: target))
        #expect([1, 2, 2.5, 5].contains(step.mantissa))
        let ticks = NiceTicks.linear(lower: lower, upper: upper, targetCount: target)
        #expect(ticks.count >= 2)
        #expect(ticks.allSatisfy { $0.value >= lower - 1e-12 && $0.value <= upper + 1e-12 })
        #expect(Set(ticks.map(\.label)).count == ticks.count)
      }
    }
  }

  @Test func labelsHaveNoFloatNoise() {
    let ticks = NiceTicks.linear(lower: 0.1, upper: 0.7, targetCount: 7)
    #expect(ticks.map(\.label) == ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
    #expect(ticks.allSatisfy { $0.label.count <= 4 })
  }

  @Test func smallAndLargeNumbersUseShortScientificLabels() {
    let small = NiceTicks.linear(lower: 0, upper: 1e-4, targetCount: 6)
    #expect(small.map(\.label) == ["0", "2e-5", "4e-5", "6e-5", "8e-5", "1e-4"])
    let large = NiceTicks.linear(lower: 0, upper: 5e6, targetCount: 6)
    #expect(large.map(\.label) == ["0", "1e6", "2e6", "3e6", "4e6", "5e6"])
    let step = NiceStep(mantissa: 2.5, exponent: -6)
    #expect(
      TickLabelFormatter.labels(for: [0, 2.5e-6, 5e-6, 7.5e-6], step: step) == [
        "0", "2.5e-6", "5.0e-6", "7.5e-6",
      ])
  }

  @Test func quarterStepsKeepTheirThirdDecimal() {
    let step = NiceStep(mantissa: 2.5, exponent: -2)
    let values = (0...4).map { step.multiple($0) }
    #expect(
      TickLabelFormatter.labels(for: values, step: step) == ["0.000", "0.025", "0.050", "0.075", "0.100"])
  }

  @Test func negativeTicksAndZero() {
    let ticks = NiceTicks.linear(lower: -1, upper: 1, targetCount: 5)
    #expect(ticks.map(\.label) == ["-1.0", "-0.5", "0.0", "0.5", "1.0"])
  }

  @Test func logDecadesFromMicroToOne() {
    let ticks = NiceTicks.logarithmic(lower: 1e-6, upper: 1, maxCount: 10)
    #expect(ticks.map(\.value) == [1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1])
    #expect(ticks.map(\.decadeExponent) == [-6, -5, -4, -3, -2, -1, 0])
    #expect(ticks.map(\.label) == ["1e-6", "1e-5", "1e-4", "1e-3", "1e-2", "1e-1", "1e0"])
  }

  @Test func logDecadesNearOneArePlain() {
    let ticks = NiceTicks.logarithmic(lower: 0.001, upper: 10, maxCount: 10)
    #expect(ticks.map(\.label) == ["0.001", "0.01", "0.1", "1", "10"])
  }

  @Test func manyDecadesAreThinned() {
    let ticks = NiceTicks.logarithmic(lower: 1e-20, upper: 1, maxCount: 5)
    #expect(ticks.count <= 5)
    #expect(ticks.count >= 2)
    #expect(ticks.allSatisfy { $0.decadeExponent != nil })
  }

  @Test func logRangeWithinOneDecadeFallsBackToLinearTicks() {
    let ticks = NiceTicks.logarithmic(lower: 0.02, upper: 0.08, maxCount: 6)
    #expect(ticks.count >= 2)
    #expect(ticks.allSatisfy { $0.value >= 0.02 && $0.value <= 0.08 && $0.decadeExponent == nil })
  }

  @Test func degenerateRangesDoNotTrap() {
    #expect(NiceTicks.linear(lower: 0.1, upper: 0.1, targetCount: 5).map(\.label) == ["0.1"])
    #expect(NiceTicks.linear(lower: .nan, upper: 1, targetCount: 5).isEmpty)
    #expect(NiceTicks.linear(lower: 0, upper: .infinity, targetCount: 5).isEmpty)
    #expect(
      NiceTicks.linear(
        lower: -.greatestFiniteMagnitude, upper: .greatestFiniteMagnitude, targetCount: 5
      ).count >= 1)
    #expect(NiceTicks.linear(lower: 1, upper: 1 + 1e-15, targetCount: 5).count >= 1)
    #expect(NiceTicks.linear(lower: 1, upper: 0, targetCount: 3).map(\.label) == ["0.0", "0.5", "1.0"])
    #expect(NiceTicks.linear(lower: 0, upper: 1, targetCount: -4).count >= 2)
    #expect(NiceTicks.linear(lower: 0, upper: 1, targetCount: Int.max).count >= 2)
    #expect(NiceTicks.logarithmic(lower: 0, upper: 1, maxCount: 5).isEmpty)
    #expect(NiceTicks.logarithmic(lower: -1, upper: -0.1, maxCount: 5).isEmpty)
    #expect(NiceTicks.logarithmic(lower: .nan, upper: 1, maxCount: 5).isEmpty)
    #expect(NiceTicks.logarithmic(lower: 1e-320, upper: 1e308, maxCount: 5).count >= 2)
    #expect(NiceTicks.logarithmic(lower: 5, upper: 5, maxCount: 5).count == 1)
  }

  @Test func looseBoundsEndOnTicks() {
    #expect(NiceTicks.looseBounds(lower: 0.003, upper: 0.097, targetCount: 6) == 0...0.1)
    #expect(NiceTicks.looseBounds(lower: 0, upper: 0.1, targetCount: 6) == 0...0.1)
  }
}
