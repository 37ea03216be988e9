/// How `--warmup-steps` puts a linear warmup in front of a scheduler, in its library's own terms.
public struct WarmupStrategy: Sendable {
  /// The scheduler spec with a `steps`-step warmup in front; errors name `--warmup-steps`.
  public let apply: @Sendable (_ scheduler: JSONValue, _ steps: Int) throws(SpecError) -> JSONValue
  /// How the warmup goes in, for `--help`; `nil` when the scheduler takes none.
  public let summary: String?

  public init(
    summary: String?, apply: @escaping @Sendable (_ scheduler: JSONValue, _ steps: Int) throws(SpecError) -> JSONValue
  ) {
    self.summary = summary
    self.apply = apply
  }

  /// No warmup can go in front: `reason` says why and what to use instead.
  public static func refused(_ reason: String) -> WarmupStrategy {
    WarmupStrategy(summary: nil) { _, _ throws(SpecError) in throw SpecError("--warmup-steps", reason) }
  }
}
