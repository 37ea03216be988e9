import Testing
@testable import LRSchedCore

/// `DecimalParser` against C's `strtod` (what `CSVRecord.double` used to call) and
/// `Double(String)`, bit for bit, on edge cases, shortest and long forms of random doubles and
/// halfway cases.
@Suite struct DecimalParserTests {
  /// `strtod` on the whole of `text`: its value when it reads all of it, else `nil`.
  static func strtodWhole(_ text: String) -> Double? {
    let bytes = Array(text.utf8CString)
    return bytes.withUnsafeBufferPointer { b -> Double? in
      guard let base = b.baseAddress, b.count > 1 else { return nil }
      var end: UnsafeMutablePointer<CChar>?
      let v = Libm.readDouble(base, end: &end)
      guard let end, end == UnsafeMutablePointer(mutating: base + (b.count - 1)) else { return nil }
      return v
    }
  }

  /// Records an issue when the parser and `strtod` disagree on `text` (NaNs by their bits too),
  /// or the parser and `Double(String)` where that reads `text`.
  static func agree(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
    let expected = strtodWhole(text)
    let got = DecimalParser.value(text)
    var same = expected?.bitPattern == got?.bitPattern
    if let standard = Double(text) {
      same = same && (standard.isNaN ? got?.isNaN == true : standard.bitPattern == got?.bitPattern)
    }
    if !same {
      Issue.record("'\(text)': strtod \(String(describing: expected)), parser \(String(describing: got))", sourceLocation: sourceLocation)
    }
    return same
  }

  @Test func edgeCases() {
    let cases = [
      "0", "-0", "-0.0", "+0.0", "0.0e-999", "0e999", "1", "-1", "+1", "0.1", "1e-05", "1e+16", "1E16", "1e-7",
      "inf", "-inf", "+inf", "Infinity", "INF", "nan", "-nan", "NaN", "nan(123)",
      "5e-324", "4.9406564584124654e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
      "2.2250738585072014e-308", "2.2250738585072011e-308", "2.225073858507201e-308",
      "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "1e308", "1e309", "-1e309",
      "1e-400", "1e400", "123456789e-400", "0.000000000000000000000000000000001e330",
      "9007199254740992", "9007199254740993", "9007199254740994", "9007199254740995",
      "9007199254740993.0000000000000000000001", "9007199254740992.9999999999999999999999",
      "18446744073709551615", "18446744073709551616", "99999999999999999999", "10000000000000000000000",
      "0.30000000000000004", "0.1000000000000000055511151231257827021181583404541015625",
      "0.1000000000000000055511151231257827021181583404541015624",
      "0.09999975326009292", "3.141592653589793", "2.718281828459045", "1.0000000000000002", "0.9999999999999999",
      "7.2057594037927933e16", "8.98846567431158e307", "4.35e-7", "1.", ".5", "-.5", "+.5", "00012", "1.e3",
      "1e", "1e+", "1e-", "e5", ".", "-", "+", "", " 1", "1 ", "1.5x", "0x10", "0x1.8p1", "1_000", "1..2",
      "--1", "1e5.5", "1,5", "١", "12345678901234567890123456789012345678901234567890e-30",
      "0.000000000000000000000000000000000000000000000000001234567890123456789012345",
      String(repeating: "9", count: 400), "0." + String(repeating: "0", count: 400) + "1e400",
    ]
    for c in cases { _ = Self.agree(c) }
  }

  @Test func shortestFormsOfRandomDoubles() {
    var rng = SeededGenerator(seed: 1, stream: .data)
    var failures = 0
    for _ in 0..<200_000 where failures < 10 {
      let d = Double(bitPattern: rng.next())
      guard d.isFinite else { continue }
      if !Self.agree("\(d)") { failures += 1 }
    }
    var undecided = 0
    for _ in 0..<100_000 where failures < 10 {
      // Learning-rate-like magnitudes, as simulate writes them: the fast paths decide them.
      let text = "\(Double.random(in: 1e-9..<1, using: &rng))"
      if !Self.agree(text) { failures += 1 }
      text.utf8CString.withUnsafeBufferPointer { b in
        b.baseAddress?.withMemoryRebound(to: UInt8.self, capacity: b.count) { p in
          if DecimalParser.plainValue(p, count: b.count - 1) == nil { undecided += 1 }
        }
      }
    }
    #expect(undecided < 100)
  }

  @Test func longFormsAndRandomDigitStrings() {
    var rng = SeededGenerator(seed: 2, stream: .data)
    var failures = 0
    for _ in 0..<50_000 where failures < 10 {
      let d = Double.random(in: -1e6..<1e6, using: &rng)
      if !Self.agree(Libm.fixedPoint(d, fractionDigits: Int.random(in: 17...40, using: &rng))) { failures += 1 }
    }
    for _ in 0..<100_000 where failures < 10 {
      let digits = (0..<Int.random(in: 1...40, using: &rng)).map { _ in String(Int.random(in: 0...9, using: &rng)) }
      var text = digits.joined()
      if Bool.random(using: &rng) {
        let point = Int.random(in: 0...text.count, using: &rng)
        text.insert(".", at: text.index(text.startIndex, offsetBy: point))
      }
      if Bool.random(using: &rng) { text += "e\(Int.random(in: -360...330, using: &rng))" }
      if Bool.random(using: &rng) { text = "-" + text }
      if !Self.agree(text) { failures += 1 }
    }
  }

  @Test func halfwayCasesAndTheirNeighbours() {
    var rng = SeededGenerator(seed: 3, stream: .data)
    var failures = 0
    let fivePower53 = (0..<53).reduce(BigInt(1)) { p, _ in p * BigInt(5) }
    for _ in 0..<20_000 where failures < 10 {
      // Between the doubles k·2^e and (k+1)·2^e of [2^53, 2^64): the integer (2k+1)·2^(e-1).
      let e = Int.random(in: 1...11, using: &rng)
      let k = UInt64.random(in: (1 << 52)...((1 << 53) - 1), using: &rng)
      let middle = (2 * k + 1) << (e - 1)
      for text in ["\(middle)", "\(middle).000000000000000000001", "\(middle - 1).99999999999999999999", "\(middle)e0", "\(middle)0e-1"]
      where !Self.agree(text) {
        failures += 1
      }
      // Between two doubles of [1, 2): (2k+1)·2^-53, written out exactly (53 decimals).
      let odd = BigInt(Int(2 * k + 1)) * fivePower53
      var exact = odd.description
      exact.insert(".", at: exact.index(exact.endIndex, offsetBy: -53))
      let below: String = String(exact.dropLast()) + "4999999"
      let texts: [String] = [exact, exact + "0000001", below, exact + "e-300", exact + "e300"]
      for text in texts where !Self.agree(text) {
        failures += 1
      }
    }
  }

  @Test func readsCSVFieldsInPlace() throws {
    let reader = CSVReader(text: "a,b\n1e-05,\t-0.0 \n", name: "t.csv")
    _ = try reader.next()
    let r = try #require(try reader.next())
    #expect(r.double(0) == 1e-05)
    #expect(r.double(1)?.bitPattern == (-0.0).bitPattern)
  }
}
