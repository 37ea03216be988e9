/// Checks a spec's `expect` assertions and golden files in one streaming run of it.
///
/// Never throws: an invalid spec, assertion or golden file becomes an `.error` case, a value not
/// as expected a `.failed` one; a run without anything to check is one passing case.
public struct SpecChecker: Sendable {
  /// The tolerances of golden files and of expected values without their own.
  public let rtol: Double
  public let atol: Double

  public init(rtol: Double = 1e-12, atol: Double = 0) {
    self.rtol = rtol
    self.atol = atol
  }

  /// The cases of `spec`, named `name` in messages, timed. Golden paths inside the spec are
  /// relative to `directory` and must stay inside it (`SpecPaths`); `golden` is one more golden file given apart from the spec.
  public func check(_ spec: RunSpec, name: String, directory: String, golden: String? = nil) -> SpecCheckResult {
    let clock = ContinuousClock()
    let started = clock.now
    let cases = cases(spec, name: name, directory: directory, golden: golden)
    let elapsed = clock.now - started
    return SpecCheckResult(
      name: name, cases: cases,
      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
  }

  /// A result for a spec that could not even be read.
  public static func unreadable(name: String, message: String) -> SpecCheckResult {
    SpecCheckResult(name: name, cases: [CheckCase(name: "spec", status: .error, message: message)])
  }

  private func cases(_ spec: RunSpec, name: String, directory: String, golden: String?) -> [CheckCase] {
    let expectations: [Expectation]
    let simulation: Simulation
    do {
      expectations = try ExpectationParser.parse(spec, rtol: rtol, atol: atol)
      simulation = try Simulation(spec: spec)
    } catch {
      return [CheckCase(name: "spec", status: .error, message: "\(name): \(error)")]
    }
    var opened: [GoldenCheck] = []
    var refused: [Int: CheckCase] = [:]
    for e in expectations {
      guard case .golden(let path, let r, let a) = e.kind else { continue }
      let resolved: String
      do {
        resolved = try SpecPaths.resolve(path, in: directory, field: "expect[\(e.index)].golden")
      } catch {
        refused[e.index] = CheckCase(name: e.name, status: .error, message: "\(name): \(error)")
        continue
      }
      opened.append(
        GoldenCheck(
          name: e.name, path: resolved, index: e.index, valueColumns: simulation.valueColumns, rtol: r, atol: a))
    }
    if let golden {
      opened.append(
        GoldenCheck(name: "golden \(golden)", path: golden, index: nil, valueColumns: simulation.valueColumns, rtol: rtol, atol: atol))
    }
    let goldenChecks = opened
    let evaluator = ExpectationEvaluator(expectations, rows: spec.rows)
    var produced = 0
    var runError: String?
    do {
      try simulation.run { row in
        produced = row.step + 1
        evaluator.observe(row)
        for g in goldenChecks { g.feed(row) }
      }
    } catch {
      runError = "\(error)"
    }
    let stopped = runError == nil ? nil : produced
    var byIndex = refused
    for r in evaluator.results() {
      let status: CheckStatus = r.outcome == .passed ? .passed : r.outcome == .failed ? .failed : .error
      byIndex[r.expectation.index] = CheckCase(name: r.expectation.name, status: status, message: r.message)
    }
    for g in goldenChecks {
      byIndex[g.index ?? -1] = g.finish(stoppedAfter: stopped)
    }
    var out = expectations.compactMap { byIndex[$0.index] }
    if let c = byIndex[-1] { out.append(c) }
    if let runError {
      let when = produced >= spec.rows ? "on the scheduler.step() after its last step" : "computing step \(produced)"
      out.append(CheckCase(name: "runs to the end", status: .error, message: "the schedule raises \(when): \(runError)"))
    } else if out.isEmpty {
      out.append(
        CheckCase(
          name: "runs to the end", status: .passed,
          message: "\(spec.rows) steps, no \"expect\" assertions or golden file to check"))
    }
    return out
  }
}
