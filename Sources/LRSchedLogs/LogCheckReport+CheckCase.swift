import LRSchedCore

extension LogCheckReport {
  /// The report as a check case, for `check`'s text and JUnit output: passed, or failed with the
  /// first difference, the count and the likely cause as details.
  public var checkCase: CheckCase {
    let name = "log \(log)"
    guard points > 0 else {
      return CheckCase(name: name, status: .failed, message: "no logged point falls on the plan's steps", details: alignment)
    }
    if passed {
      return CheckCase(
        name: name, status: .passed,
        message: "\(points) logged point\(points == 1 ? "" : "s") match the plan (rtol \(DoubleFormat.shortest(rtol)))", details: [])
    }
    var details: [String] = []
    if let first {
      let planned = first.planned.map(DoubleFormat.shortest) ?? "none (past the plan's end)"
      details.append("first at step \(DoubleFormat.compact(first.logStep)) (\(first.series), plan step \(first.row)): logged \(DoubleFormat.shortest(first.logged)), plan \(planned)")
    }
    if let cause { details.append("likely cause: \(cause)") }
    details += alignment
    let at = first.map { " from step \(DoubleFormat.compact($0.logStep))" } ?? ""
    return CheckCase(
      name: name, status: .failed,
      message: "the run left the plan\(at): \(differing) of \(points) logged points differ (rtol \(DoubleFormat.shortest(rtol)))",
      details: details)
  }
}
