/// `lrsched lint` as a library: the spec rules, the simulated-row rules, and the schedule's own
/// failure, whichever can be checked.
public enum Linter {
  /// The findings the spec alone shows (no simulation): what `simulate` and `plot` print first.
  /// Rules the spec's `lint.ignore` names are left out, here and in `lint(_:)`.
  public static func staticFindings(_ spec: RunSpec) -> [LintFinding] {
    SpecLinter.findings(spec).filter { !spec.ignores($0) }
  }

  /// Every finding: the spec's, then the rows' (as far as the schedule runs), then the
  /// schedule's failure as an `LR000` error when it cannot be built or raises at a step.
  public static func lint(_ spec: RunSpec) -> [LintFinding] {
    all(spec).filter { !spec.ignores($0) }
  }

  private static func all(_ spec: RunSpec) -> [LintFinding] {
    let simulation: Simulation
    do {
      simulation = try Simulation(spec: spec)
    } catch {
      var out = staticFindings(spec)
      out.append(
        LintFinding(
          .scheduleFails, "the schedule cannot be built: \(error)",
          fix: "correct the argument named; `lrsched list <scheduler>` documents them.", path: error.path))
      return out
    }
    var out = SpecLinter.findings(spec, shape: simulation.shape)
    let rows = RowLinter(spec, rows: simulation.rows)
    var seen = 0
    do {
      try simulation.run { row in
        rows.observe(row)
        seen = row.step + 1
      }
      out += rows.findings(complete: true)
    } catch {
      out += rows.findings(complete: false)
      let error = (error as? SpecError) ?? SpecError("", "\(error)")
      let when = seen >= simulation.rows
        ? "on the scheduler.step() after its last step (\(seen - 1))"
        : "computing step \(seen)"
      out.append(
        LintFinding(
          .scheduleFails, "the schedule raises \(when): \(error)",
          fix: "see the warnings above; the run must be able to step past every row.", path: error.path, step: seen))
    }
    return out
  }
}
