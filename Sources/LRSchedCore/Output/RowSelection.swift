/// Which rows of a run `simulate` prints: all of them, the steps listed (`--at 0,1000,5000`), or
/// every n-th step from step 0 with the last step always included (`--every 100`).
public enum RowSelection: Sendable, Equatable {
  case all
  case steps(Set<Int>)
  case every(Int)

  /// The selection for `--at` and `--every` (at most one of them), checked against a run of
  /// `rows` steps: listed steps must lie in `0..<rows`, the period must be at least 1.
  public init(at: [Int]?, every: Int?, rows: Int) throws(SpecError) {
    switch (at, every) {
    case (nil, nil):
      self = .all
    case (let steps?, nil):
      guard !steps.isEmpty else { throw SpecError("--at", "give one or more steps, e.g. --at 0,1000,5000") }
      if let bad = steps.first(where: { $0 < 0 || $0 >= rows }) {
        throw SpecError("--at", "step \(bad) is not in the run (steps 0 to \(rows - 1))")
      }
      self = .steps(Set(steps))
    case (nil, let n?):
      guard n >= 1 else { throw SpecError("--every", "must be at least 1, got \(n)") }
      self = .every(n)
    case (_?, _?):
      throw SpecError("--at", "give --at or --every, not both")
    }
  }

  /// Whether the row at `step` of a run of `rows` steps is printed.
  public func includes(step: Int, rows: Int) -> Bool {
    switch self {
    case .all: true
    case .steps(let steps): steps.contains(step)
    case .every(let n): step % n == 0 || step == rows - 1
    }
  }
}
