import Testing
@testable import LRSchedCore

/// XLA's float32 arithmetic: flushed subnormals and integer powers as jax 0.10 computes them on
/// the CPU.
@Suite struct XLAFloatTests {
  @Test func subnormalResultsFlushToZero() {
    #expect((XLAFloat(1e-20) * XLAFloat(1e-20)).value == 0)
    #expect(XLAFloat(0.5).pow(XLAFloat(140.0)).value == 0)
    #expect((XLAFloat(1e-20) * XLAFloat(1e-10)).value != 0)
  }

  @Test func integerPowMultipliesByBinaryExponentiation() {
    let x = XLAFloat(1.1)
    #expect(x.integerPow(0) == XLAFloat(1.0))
    #expect(x.integerPow(1) == x)
    #expect(x.integerPow(3) == x * (x * x))
    #expect(x.integerPow(-2) == XLAFloat(1.0) / (x * x))
  }
}
