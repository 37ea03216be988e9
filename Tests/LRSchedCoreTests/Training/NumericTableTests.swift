import Testing
@testable import LRSchedCore

/// A numeric CSV is read in bounded memory: its rows count against the limit even when none of
/// their columns is kept.
@Suite struct NumericTableTests {
  @Test func rowsWithNoKeptColumnStillCountAgainstTheLimit() {
    let text = "step,acc\n" + String(repeating: "1,2\n", count: 1_000)
    #expect(throws: SpecError("log", "x.csv:102: more than 100 rows in the file")) {
      try NumericTable.parse(text, displayName: "x.csv", errorPath: "log", maximumValues: 100, keeping: ["lr", "loss"])
    }
  }

  @Test func keptColumnsCountAgainstTheLimit() {
    let text = "lr,loss\n" + String(repeating: "1,2\n", count: 1_000)
    #expect(throws: SpecError("log", "x.csv:52: more than 100 numbers in the file")) {
      try NumericTable.parse(text, displayName: "x.csv", errorPath: "log", maximumValues: 100, keeping: ["lr", "loss"])
    }
  }
}
