import Testing

@testable import LRSchedCore

/// CosineAnnealingLR's restart test, `(last_epoch - 1 - T_max) % (2 * T_max) == 0`, in both of
/// its arithmetic paths.
@Suite struct CosineAnnealingRestartTests {
  @Test func smallOperandsMatchTheWideArithmetic() {
    for tMax in [-7, -1, 1, 3, 10] {
      for lastEpoch in -40...40 {
        let wide = (Int128(lastEpoch) - 1 - Int128(tMax)) % (2 * Int128(tMax)) == 0
        #expect(CosineAnnealingLR.restartsHere(lastEpoch: lastEpoch, tMax: tMax) == wide)
      }
    }
  }

  @Test func extremeOperandsDoNotTrap() {
    #expect(CosineAnnealingLR.restartsHere(lastEpoch: .min, tMax: .max) == false)
    #expect(CosineAnnealingLR.restartsHere(lastEpoch: .max, tMax: .min) == false)
    #expect(CosineAnnealingLR.restartsHere(lastEpoch: Int.max, tMax: Int.max / 2) == false)
    #expect(CosineAnnealingLR.restartsHere(lastEpoch: 1 << 61 + 2, tMax: 1 << 61) == false)
    #expect(CosineAnnealingLR.restartsHere(lastEpoch: 1 << 61 + 1, tMax: 1 << 61) == true)
    #expect(CosineAnnealingLR.restartsHere(lastEpoch: 3 << 61 + 1, tMax: 1 << 61) == true)
  }
}
