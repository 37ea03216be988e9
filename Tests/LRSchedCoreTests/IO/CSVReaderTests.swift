import LRSchedCore
import Testing

/// `CSVReader`: RFC 4180 quoting, line endings, BOM, separators, limits and bad input.
@Suite struct CSVReaderTests {
  /// Every record of `text` as (line, fields).
  static func records(_ text: String, separator: CSVSeparator = .comma, maximum: Int = 1 << 20) throws -> [(Int, [String])] {
    let reader = CSVReader(text: text, name: "t.csv", separator: separator, maximumRecordBytes: maximum)
    var out: [(Int, [String])] = []
    while let r = try reader.next() { out.append((r.line, r.strings)) }
    return out
  }

  @Test func headerAndRowsWithLineNumbers() throws {
    let r = try Self.records("step,epoch,lr\n0,0,0.1\n\n1,1,0.05\n")
    #expect(r.map(\.0) == [1, 2, 4])
    #expect(r.map(\.1) == [["step", "epoch", "lr"], ["0", "0", "0.1"], ["1", "1", "0.05"]])
  }

  @Test func quotedFieldsHoldSeparatorsQuotesAndNewlines() throws {
    let r = try Self.records("name,note\n\"a,b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\nlast,\"\"\n")
    #expect(r.map(\.1) == [["name", "note"], ["a,b", "say \"hi\""], ["two\nlines", "x"], ["last", ""]])
    #expect(r.map(\.0) == [1, 2, 3, 5])
  }

  @Test func crlfAndNoFinalNewline() throws {
    let r = try Self.records("a,b\r\n1,2\r\n3,\"4\"")
    #expect(r.map(\.1) == [["a", "b"], ["1", "2"], ["3", "4"]])
  }

  @Test func byteOrderMarkIsDropped() throws {
    let r = try Self.records("\u{FEFF}lr,loss\n0.1,2\n")
    #expect(r.first?.1 == ["lr", "loss"])
  }

  @Test func tabsAreDetectedOrGiven() throws {
    #expect(try Self.records("a\tb\n1\t2\n", separator: .detect).map(\.1) == [["a", "b"], ["1", "2"]])
    #expect(try Self.records("a\tb,c\n", separator: .detect).map(\.1) == [["a\tb", "c"]])
    #expect(try Self.records("a,b\t\"c\td\"\n", separator: .tab).map(\.1) == [["a,b", "c\td"]])
  }

  @Test func emptyFieldsAndTrailingSeparator() throws {
    #expect(try Self.records(",a,\n").map(\.1) == [["", "a", ""]])
  }

  @Test func numbersParseInPlace() throws {
    let reader = CSVReader(text: " 0.1 ,nan,inf,1e-3x,,\"2.5\"\n", name: "n.csv")
    let r = try #require(try reader.next())
    #expect(r.double(0) == 0.1)
    #expect(r.double(1)?.isNaN == true)
    #expect(r.double(2) == .infinity)
    #expect(r.double(3) == nil)
    #expect(r.double(4) == nil)
    #expect(r.isEmpty(4))
    #expect(r.double(5) == 2.5)
    #expect(r.trimmedString(0) == "0.1")
  }

  @Test func badInputNamesTheLine() {
    #expect(throws: CSVError.self) { _ = try Self.records("a\n\"open,b\n") }
    do {
      _ = try Self.records("a\n\"x\"y,b\n")
      Issue.record("text after a closing quote was accepted")
    } catch let error as CSVError {
      #expect(error.description == "t.csv:2: field 1: text after its closing quote")
    } catch {
      Issue.record("\(error)")
    }
    do {
      _ = try Self.records("a,b\n" + String(repeating: "x", count: 100) + "\n", maximum: 50)
      Issue.record("an over-long line was accepted")
    } catch let error as CSVError {
      #expect(error.description == "t.csv:2: a line longer than 50 bytes")
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func recordsSpanningManyChunksStream() throws {
    let row = String(repeating: "1234567,", count: 9) + "0\n"
    let text = "h\n" + String(repeating: row, count: 20_000)
    let reader = CSVReader(text: text, name: "big.csv")
    var count = 0
    var last = 0
    while let r = try reader.next() {
      count += 1
      last = r.line
      #expect(count == 1 || r.count == 10)
    }
    #expect(count == 20_001 && last == 20_001)
  }

  /// The records of `text` (each field with its number's bits), or the error's description.
  static func outcome(_ text: String, separator: CSVSeparator) -> [String] {
    let reader = CSVReader(text: text, name: "t.csv", separator: separator)
    var out: [String] = []
    do {
      while let r = try reader.next() {
        let fields = (0..<r.count).map { k in "\(r.string(k))=\(r.double(k).map { String($0.bitPattern, radix: 16) } ?? "-")" }
        out.append("\(r.line): \(fields)")
      }
      return out
    } catch {
      return ["\(error)"]
    }
  }

  /// Lines after the first take the one-pass path when they can (no quotes, whole in the buffer,
  /// not blank), reading plain decimals as they split: every short line of separators, quotes,
  /// spaces, tabs, CRs, number parts and text reads there as it reads as a first line, through
  /// the general path, numbers included.
  @Test func laterLinesReadAsFirstLinesRead() {
    let pieces = ["a", "1", "-2.5", "e", ",", "\t", "\"", " ", "\r", "\"\""]
    var lines = [""]
    var frontier = [""]
    for _ in 0..<4 {
      frontier = frontier.flatMap { line in pieces.map { line + $0 } }
      lines += frontier
    }
    for separator in [CSVSeparator.comma, .tab] {
      for line in lines {
        let first = Self.outcome(line + "\nz,9\n", separator: separator)
        let later = Self.outcome("h\n" + line + "\nz,9\n", separator: separator)
        let shifted = first.map { entry -> String in
          // The same records one line down: "N: [...]" becomes "N+1: [...]", "t.csv:N: ..." likewise.
          if entry.hasPrefix("t.csv:"), let colon = entry.dropFirst(6).firstIndex(of: ":"), let n = Int(entry[entry.index(entry.startIndex, offsetBy: 6)..<colon]) {
            return "t.csv:\(n + 1)\(entry[colon...])"
          }
          guard let colon = entry.firstIndex(of: ":"), let n = Int(entry[..<colon]) else { return entry }
          return "\(n + 1)\(entry[colon...])"
        }
        let expected = shifted.first?.hasPrefix("t.csv:") == true ? shifted : ["1: [\"h=-\"]"] + shifted
        #expect(later == expected, "\(separator) line \(line.debugDescription)")
      }
    }
  }

  @Test func manyFieldsAndLongLinesOnTheOnePassPath() throws {
    let wide = (0..<100).map(String.init).joined(separator: ",")
    let r = try Self.records("h\n\(wide)\n\(wide)\r\n")
    #expect(r.count == 3 && r[1].1.count == 100 && r[2].1 == r[1].1 && r[2].1.last == "99")
    do {
      _ = try Self.records("a,b\n1,2\n" + String(repeating: "x", count: 100) + "\n", maximum: 50)
      Issue.record("an over-long line was accepted")
    } catch let error as CSVError {
      #expect(error.description == "t.csv:3: a line longer than 50 bytes")
    } catch {
      Issue.record("\(error)")
    }
  }

  @Test func missingFileIsAFileError() {
    do {
      _ = try CSVReader(path: "/nonexistent/lrsched.csv")
      Issue.record("opened a missing file")
    } catch {
      #expect(error.description == "/nonexistent/lrsched.csv: No such file or directory")
    }
  }
}
