import Testing

@testable import LRSchedCommands

/// Negative numbers after a long option are joined to it before parsing.
@Suite struct NegativeNumberArgumentsTests {
  @Test func negativeValuesAreJoined() {
    #expect(NegativeNumberArguments.rewrite(["simulate", "--lr", "-1", "--seed", "-5e-3"]) == ["simulate", "--lr=-1", "--seed=-5e-3"])
  }

  @Test func otherTokensAreKept() {
    let args = ["plot", "-o", "-1", "--lr=-1", "--quiet", "-h", "--x", "-y", "--", "--lr", "-1"]
    #expect(NegativeNumberArguments.rewrite(args) == args)
  }

  @Test(arguments: ["-1", "-0.5", "-.5", "-1e-3", "-inf", "-5"])
  func numbers(_ token: String) {
    #expect(NegativeNumberArguments.isNegativeNumber(token))
  }

  @Test(arguments: ["-", "--", "-o", "-x1", "-nan1", "1", "-1a"])
  func notNumbers(_ token: String) {
    #expect(!NegativeNumberArguments.isNegativeNumber(token))
  }
}
