import LRSchedCore
import Testing

@testable import PyExpression

@Suite("BigInt")
struct BigIntTests {
  private static func random(bits: Int, using generator: inout SeededGenerator) -> BigInt {
    var value = BigInt(0)
    for _ in 0..<(bits + 31) / 32 {
      value = (value << 32) + BigInt(Int(generator.next() >> 32))
    }
    let trimmed = value >> (value.bitWidth > bits ? value.bitWidth - bits : 0)
    return generator.next() & 1 == 1 ? -trimmed : trimmed
  }

  @Test("agrees with Int where Int does not overflow")
  func agreesWithInt() {
    var generator = SeededGenerator(seed: 1, stream: .data)
    for _ in 0..<2000 {
      let a = Int(truncatingIfNeeded: generator.next()) >> Int(generator.next() % 63)
      let b = Int(truncatingIfNeeded: generator.next()) >> Int(generator.next() % 63)
      let (sum, o1) = a.addingReportingOverflow(b)
      if !o1 { #expect((BigInt(a) + BigInt(b)).intValue == sum) }
      let (product, o2) = a.multipliedReportingOverflow(by: b)
      if !o2 { #expect((BigInt(a) * BigInt(b)).intValue == product) }
      if b != 0, let q = PyMath.floorDiv(a, b), let r = PyMath.mod(a, b) {
        let (bq, br) = BigInt(a).flooredDivision(by: BigInt(b))
        #expect(bq.intValue == q && br.intValue == r)
      }
      #expect(BigInt(a).nearestDouble == Double(a))
      #expect(BigInt(String(a)) == BigInt(a) && BigInt(a).description == String(a))
      #expect((BigInt(a) < BigInt(b)) == (a < b))
    }
  }

  @Test("division inverts multiplication, with a floored remainder")
  func divisionIdentity() {
    var generator = SeededGenerator(seed: 2, stream: .data)
    for _ in 0..<300 {
      let n = BigIntTests.random(bits: Int(generator.next() % 700) + 1, using: &generator)
      var d = BigIntTests.random(bits: Int(generator.next() % 400) + 1, using: &generator)
      if d.isZero { d = BigInt(7) }
      let (q, r) = n.flooredDivision(by: d)
      #expect(q * d + r == n)
      #expect(r.isZero || r.isNegative == d.isNegative)
      #expect(BigInt.compareMagnitudes(r.magnitude.limbs, d.magnitude.limbs) < 0)
      #expect(BigInt(n.description) == n)
    }
  }

  @Test("doubles convert exactly, and back with ties to even")
  func doubles() {
    #expect(BigInt(exactly: 0x1p1023).description == (BigInt(1) << 1023).description)
    #expect(BigInt(exactly: -0x1.8p100) == -(BigInt(3) << 99))
    let maximum = BigInt(exactly: Double.greatestFiniteMagnitude)
    #expect(maximum.nearestDouble == .greatestFiniteMagnitude)
    let halfwayToOverflow = maximum + (BigInt(1) << 970)
    #expect(halfwayToOverflow.nearestDouble == nil)
    #expect((halfwayToOverflow - BigInt(1)).nearestDouble == .greatestFiniteMagnitude)
    #expect(((BigInt(1) << 54) + BigInt(2)).nearestDouble == 0x1p54)
    #expect(((BigInt(1) << 54) + BigInt(6)).nearestDouble == 0x1p54 + 8)
  }
}
