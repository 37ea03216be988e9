import Testing

@testable import LRSchedPlot

@Suite struct TickLabelFormatterTests {
  @Test func compactNumbers() {
    #expect(TickLabelFormatter.compact(0.1) == "0.1")
    #expect(TickLabelFormatter.compact(0.1 + 0.2) == "0.3")
    #expect(TickLabelFormatter.compact(1e-5) == "1e-5")
    #expect(TickLabelFormatter.compact(2.5e-7) == "2.5e-7")
    #expect(TickLabelFormatter.compact(-3e8) == "-3e8")
    #expect(TickLabelFormatter.compact(9.999999e-5) == "1e-4")
    #expect(TickLabelFormatter.compact(0) == "0")
    #expect(TickLabelFormatter.compact(-0.0) == "0")
    #expect(TickLabelFormatter.compact(1500) == "1500")
    #expect(TickLabelFormatter.compact(.nan) == "nan")
    #expect(TickLabelFormatter.compact(-.infinity) == "-inf")
  }

  @Test func decadeLabelStyleIsConsistent() {
    #expect(TickLabelFormatter.decadeLabels(for: [-3, 0, 4]) == ["0.001", "1", "10000"])
    #expect(TickLabelFormatter.decadeLabels(for: [-4, 0]) == ["1e-4", "1e0"])
  }
}
