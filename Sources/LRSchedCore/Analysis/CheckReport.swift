/// `check`'s results as text.
public enum CheckReport {
  /// The human-readable report: each spec's checks (only those that did not pass when `quiet`),
  /// then a summary line.
  public static func text(_ results: [SpecCheckResult], quiet: Bool) -> String {
    var out = ""
    for r in results {
      if quiet && r.status == .passed { continue }
      let head: String
      switch r.status {
      case .passed: head = "PASS "
      case .failed: head = "FAIL "
      case .error: head = "ERROR"
      }
      let counts = [(CheckStatus.passed, "passed"), (.failed, "failed"), (.error, "error")]
        .compactMap { s, word in r.count(s) > 0 ? "\(r.count(s)) \(word)" : nil }.joined(separator: ", ")
      out += "\(head) \(r.name) (\(counts))\n"
      for c in r.cases where !(quiet && c.status == .passed) {
        let tag: String
        switch c.status {
        case .passed: tag = "ok   "
        case .failed: tag = "FAIL "
        case .error: tag = "ERROR"
        }
        out += "  \(tag) \(c.name): \(c.message)\n"
        for d in c.details { out += "          \(d)\n" }
      }
    }
    let total = results.reduce(0) { $0 + $1.cases.count }
    let passed = results.reduce(0) { $0 + $1.count(.passed) }
    let failed = results.reduce(0) { $0 + $1.count(.failed) }
    let errors = results.reduce(0) { $0 + $1.count(.error) }
    out += "\(results.count) spec\(results.count == 1 ? "" : "s"), \(total) check\(total == 1 ? "" : "s"): \(passed) passed, \(failed) failed, \(errors) error\(errors == 1 ? "" : "s")\n"
    return out
  }
}
