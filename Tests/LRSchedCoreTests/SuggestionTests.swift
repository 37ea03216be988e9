import Testing
@testable import LRSchedCore

/// "Did you mean" suggestions: typos are found, and a huge word costs time linear in its length.
@Suite struct SuggestionTests {
  @Test func closeTyposAreSuggested() {
    #expect(Suggestion.closest(to: "epohcs", in: ["epochs", "optimizer"]) == "epochs")
    #expect(Suggestion.closest(to: "SchEduler", in: ["epochs", "scheduler"]) == "scheduler")
    #expect(Suggestion.closest(to: "banana", in: ["epochs", "scheduler"]) == nil)
  }

  @Test func aHugeWordIsRefusedInLinearTime() throws {
    let huge = String(repeating: "e", count: 2_000_000)
    #expect(Suggestion.closest(to: huge, in: ["epochs", "optimizer", "scheduler"]) == nil)
    let cluster = "e" + String(repeating: "\u{0301}", count: 1_000_000)
    #expect(Suggestion.closest(to: cluster, in: ["epochs", "e"]) == "e")
    #expect(throws: SpecError.self) {
      try RunSpec(text: "{\"" + String(repeating: "s", count: 1_000_000) + "\": 1, \"epochs\": 3}")
    }
  }
}
