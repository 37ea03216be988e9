/// The outcome of one `expect` assertion, with what the run actually did.
public struct ExpectationResult: Sendable {
  public let expectation: Expectation
  public let outcome: CheckOutcome
  /// What was found, e.g. `lr rises at step 51 (epoch 51): 0.0012 -> 0.0013`.
  public let message: String
  /// The row the message is about: where a failing assertion breaks.
  public let step: Int?

  public init(expectation: Expectation, outcome: CheckOutcome, message: String, step: Int?) {
    self.expectation = expectation
    self.outcome = outcome
    self.message = message
    self.step = step
  }

  public var passed: Bool { outcome == .passed }
}
