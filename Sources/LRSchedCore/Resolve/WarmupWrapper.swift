/// Puts a linear warmup in front of a scheduler (`--warmup-steps`, `--warmup-epochs`) the way its
/// descriptor's `WarmupStrategy` says, in its library's own terms.
public enum WarmupWrapper {
  /// How the warmup goes in, library by library, for `--help`.
  public static let documentation: String = {
    var parts: [String] = []
    for library in Library.allCases {
      let summaries = Set(SchedulerCatalog.all.filter { $0.library == library }.compactMap(\.warmup.summary))
      guard let summary = summaries.sorted().first else { continue }
      parts.append("\(library.rawValue) schedulers \(summary)")
    }
    return "--warmup-steps/--warmup-epochs put a linear warmup of W steps in front of the scheduler: "
      + parts.joined(separator: "; ")
      + ". Run-length defaults of the scheduler then cover the steps after the warmup."
  }()

  /// `scheduler` with a `steps`-step warmup in front.
  public static func wrap(_ scheduler: JSONValue, steps: Int) throws(SpecError) -> JSONValue {
    guard case .string(let type)? = scheduler["type"], let d = SchedulerCatalog.lookup(type) else {
      throw SpecError("--warmup-steps", "needs a scheduler")
    }
    return try d.warmup.apply(scheduler, steps)
  }
}
