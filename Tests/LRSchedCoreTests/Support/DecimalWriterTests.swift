import LRSchedCore
import Testing

/// `DecimalWriter` (through `DoubleFormat`) against Swift's own `description` and `String(Int)`,
/// over random doubles and the cases shortest-digit algorithms get wrong: powers of two and ten
/// and their neighbours, subnormals, the largest double, integers around 2^53.
@Suite struct DecimalWriterTests {
  /// What `DoubleFormat.shortest` promises: `description`, with `nan`, `inf`, `-inf`.
  static func reference(_ x: Double) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    return x.description
  }

  /// What `DoubleFormat.compact` promises.
  static func compactReference(_ x: Double) -> String {
    x.isFinite && x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : reference(x)
  }

  /// The values of `xs` (and their negatives) whose text differs from the reference, at most 5.
  static func mismatches(_ xs: some Sequence<Double>) -> [String] {
    var out: [String] = []
    for x in xs {
      for v in [x, -x] {
        let got = DoubleFormat.shortest(v)
        let want = reference(v)
        if got != want && out.count < 5 { out.append("bits 0x\(String(v.bitPattern, radix: 16)): \(got), expected \(want)") }
        let gotCompact = DoubleFormat.compact(v)
        let wantCompact = compactReference(v)
        if gotCompact != wantCompact && out.count < 5 { out.append("compact 0x\(String(v.bitPattern, radix: 16)): \(gotCompact), expected \(wantCompact)") }
      }
    }
    return out
  }

  /// `count` pseudo-random 64-bit values from a fixed seed.
  static func randomBits(_ count: Int, seed: Int) -> [UInt64] {
    var generator = SeededGenerator(seed: seed, stream: .data)
    return (0..<count).map { _ in generator.next() }
  }

  @Test func randomBitPatterns() {
    let xs = Self.randomBits(150_000, seed: 1).map { Double(bitPattern: $0) }
    #expect(Self.mismatches(xs) == [])
  }

  @Test func randomEverydayMagnitudes() {
    // Exponents from about 2^-48 to 2^+48, where learning rates, epochs and losses live.
    let xs = Self.randomBits(150_000, seed: 2).map { r -> Double in
      let exponent: UInt64 = 975 + (r >> 58) + (r >> 52 & 0x1F)
      return Double(bitPattern: r & 0x800F_FFFF_FFFF_FFFF | exponent << 52)
    }
    #expect(Self.mismatches(xs) == [])
  }

  @Test func powersOfTwoAndTenWithNeighbours() {
    var xs: [Double] = []
    var x = Double.leastNonzeroMagnitude
    while x.isFinite {
      xs += [x, x.nextUp, x.nextDown]
      x *= 2
    }
    for e in -323...308 {
      guard let p = Double("1e\(e)") else { continue }
      xs += [p, p.nextUp, p.nextDown, 5 * p, 2 * p, (5 * p).nextUp, (2 * p).nextDown]
    }
    #expect(xs.count > 6_000)
    #expect(Self.mismatches(xs) == [])
  }

  @Test func subnormalsAndExtremes() {
    var xs = (1..<20_000).map { Double(bitPattern: $0) }
    xs += (0..<20_000).map { Double(bitPattern: Double.leastNormalMagnitude.bitPattern - 1 - $0) }
    for x in [Double.leastNormalMagnitude, .greatestFiniteMagnitude, .leastNonzeroMagnitude, .pi, .ulpOfOne] {
      xs += [x, x.nextUp, x.nextDown]
    }
    xs += [0, .infinity, .nan, -.nan, Double(bitPattern: 0x7FF0_0000_0000_0001), SimulationRow.missing]
    #expect(Self.mismatches(xs) == [])
  }

  @Test func integersAroundTwoToThe53AndTenToThe15() {
    var xs: [Double] = []
    for center in [9_007_199_254_740_992.0, 1e15, 1e16, 1e17] {
      var up = center
      var down = center
      for _ in 0..<20_000 {
        xs += [up, down, up.rounded(.down), down + 0.5]
        up = up.nextUp
        down = down.nextDown
      }
    }
    xs += (0..<20_000).map { Double($0) } + (0..<20_000).map { Double($0) / 8 + 0.001 }
    #expect(Self.mismatches(xs) == [])
  }

  @Test func fractionsOfStepCounts() {
    // Epochs of runs stepped per batch (step / steps per epoch), which `compact` finds by scaling
    // when they have 15 digits or fewer, at scales from 1e-9 up.
    var xs: [Double] = []
    for perEpoch in [3, 7, 10, 12, 391, 1_000, 1_563, 65_536, 10_000_000] {
      for step in stride(from: 0, to: perEpoch * 3, by: max(1, perEpoch * 3 / 3_000)) {
        let x = Double(step) / Double(perEpoch)
        xs += [x, x / 1e7, x * 1e9, x.nextUp]
      }
    }
    #expect(Self.mismatches(xs) == [])
  }

  @Test func formsOfTheText() {
    #expect(DoubleFormat.shortest(1e-4) == "0.0001")
    #expect(DoubleFormat.shortest(1e-5) == "1e-05")
    #expect(DoubleFormat.shortest(1e16) == "1e+16")
    #expect(DoubleFormat.shortest(9_007_199_254_740_992) == "9007199254740992.0")
    #expect(DoubleFormat.shortest(9_007_199_254_740_994) == "9.007199254740994e+15")
    #expect(DoubleFormat.shortest(.leastNonzeroMagnitude) == "5e-324")
    #expect(DoubleFormat.shortest(-0.0) == "-0.0")
    #expect(DoubleFormat.shortest(100) == "100.0")
    #expect(DoubleFormat.shortest(-.nan) == "nan")
    #expect(DoubleFormat.compact(-0.0) == "0")
    #expect(DoubleFormat.compact(-3) == "-3")
    #expect(DoubleFormat.compact(1e15) == "1000000000000000.0")
    #expect(DoubleFormat.compact(2.5) == "2.5")
  }

  @Test func integersMatchStringOfInt() {
    var values = [Int.min, Int.min + 1, Int.max, 0, -1]
    var p = 1
    for _ in 0..<18 {
      p *= 10
      values += [p, p - 1, -p, 1 - p]
    }
    values += Self.randomBits(20_000, seed: 3).map { Int(truncatingIfNeeded: $0 >> ($0 & 63)) }
    var bad: [String] = []
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DecimalWriter.bytesNeeded) { buffer in
      guard let base = buffer.baseAddress else { return }
      for v in values + values.map({ $0 == .min ? $0 : -$0 }) {
        let text = String(decoding: UnsafeBufferPointer(start: base, count: DecimalWriter.integer(v, into: base)), as: UTF8.self)
        if text != String(v) && bad.count < 5 { bad.append("\(v): \(text)") }
      }
    }
    #expect(bad == [])
  }
}
