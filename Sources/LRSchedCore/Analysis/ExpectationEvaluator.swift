/// Checks `expect` assertions against a run's rows as they stream by, in constant memory.
///
/// Feed every row, in order, to `observe(_:)`, then read `results(rowsSeen:)`. Golden-file
/// assertions are not evaluated here (see `GoldenComparison`); they are skipped.
public final class ExpectationEvaluator {
  /// The assertions evaluated: the given ones but golden files.
  public let expectations: [Expectation]
  /// The number of rows the complete run has.
  public let rows: Int
  private var trackers: [Tracker]
  private var seen = 0

  private struct Tracker {
    var value: Double?
    var step = -1
    var epoch = 0.0
    var previous: Double?
    var previousStep = -1
    var broken: (step: Int, epoch: Double, previous: Double, current: Double)?
  }

  public init(_ expectations: [Expectation], rows: Int) {
    self.expectations = expectations.filter {
      if case .golden = $0.kind { return false }
      return true
    }
    self.rows = rows
    self.trackers = Array(repeating: Tracker(), count: self.expectations.count)
  }

  /// Takes the next row into account.
  public func observe(_ row: borrowing SimulationRow) {
    seen = row.step + 1
    for i in expectations.indices {
      let e = expectations[i]
      guard e.group < row.lrs.count else { continue }
      let lr = row.lrs[e.group]
      switch e.kind {
      case .lrAt(let r, _):
        if row.step == r { record(i, lr, row.step, row.epoch) }
      case .maxLR, .peakAtStep, .peakAtEpoch:
        if trackers[i].value.map({ lr > $0 || ($0.isNaN && !lr.isNaN) }) ?? true { record(i, lr, row.step, row.epoch) }
      case .minLR:
        if trackers[i].value.map({ lr < $0 || ($0.isNaN && !lr.isNaN) }) ?? true { record(i, lr, row.step, row.epoch) }
      case .finalLR:
        record(i, lr, row.step, row.epoch)
      case .monotonic(let direction, let range, let rtol, let atol):
        guard range.contains(row.step), trackers[i].broken == nil else { continue }
        if let p = trackers[i].previous,
          !direction.holds(from: p, to: lr, tolerance: atol + rtol * abs(p))
        {
          trackers[i].broken = (row.step, row.epoch, p, lr)
        }
        trackers[i].previous = lr
        trackers[i].previousStep = row.step
      case .golden:
        break
      }
    }
  }

  private func record(_ i: Int, _ lr: Double, _ step: Int, _ epoch: Double) {
    trackers[i].value = lr
    trackers[i].step = step
    trackers[i].epoch = epoch
  }

  /// Each assertion's outcome. An assertion that needs rows the run did not reach (it stopped
  /// early because the schedule raised) is `notEvaluated`, unless it had already failed.
  public func results() -> [ExpectationResult] {
    let complete = seen >= rows
    return expectations.indices.map { i in result(i, complete: complete) }
  }

  private func at(_ step: Int, _ epoch: Double) -> String {
    "step \(step) (epoch \(DoubleFormat.compact(epoch)))"
  }

  private func result(_ i: Int, complete: Bool) -> ExpectationResult {
    let e = expectations[i]
    let t = trackers[i]
    func done(_ ok: Bool, _ message: String, _ step: Int?) -> ExpectationResult {
      ExpectationResult(expectation: e, outcome: ok ? .passed : .failed, message: message, step: step)
    }
    func missing(_ needed: String) -> ExpectationResult {
      let last = seen > 0 ? "after step \(seen - 1)" : "before its first step"
      return ExpectationResult(
        expectation: e, outcome: .notEvaluated, message: "not evaluated: the run stopped \(last), \(needed)", step: nil)
    }
    switch e.kind {
    case .lrAt(let row, let bound):
      guard let v = t.value else { return missing("before step \(row)") }
      let ok = bound.contains(v)
      return done(ok, "lr at \(at(t.step, t.epoch)) is \(DoubleFormat.shortest(v))" + (ok ? "" : ", expected \(bound)\(Self.offBy(v, bound))"), row)
    case .maxLR(let bound), .minLR(let bound), .finalLR(let bound):
      guard complete, let v = t.value else { return missing("before its last step") }
      let what: String
      switch e.kind {
      case .maxLR: what = "max lr is \(DoubleFormat.shortest(v)) at \(at(t.step, t.epoch))"
      case .minLR: what = "min lr is \(DoubleFormat.shortest(v)) at \(at(t.step, t.epoch))"
      default: what = "final lr is \(DoubleFormat.shortest(v)) at \(at(t.step, t.epoch))"
      }
      let ok = bound.contains(v)
      return done(ok, what + (ok ? "" : ", expected \(bound)\(Self.offBy(v, bound))"), t.step)
    case .monotonic(let direction, let range, _, _):
      if let b = t.broken {
        return done(
          false,
          "lr \(direction.breakVerb(from: b.previous, to: b.current)) at \(at(b.step, b.epoch)): \(DoubleFormat.shortest(b.previous)) -> \(DoubleFormat.shortest(b.current)), not \(direction.rawValue)",
          b.step)
      }
      guard seen > range.upperBound else { return missing("before step \(range.upperBound)") }
      return done(true, "lr is \(direction.rawValue) over steps \(range.lowerBound)–\(range.upperBound)", nil)
    case .peakAtStep(let row):
      guard complete, let v = t.value else { return missing("before its last step") }
      let ok = t.step == row
      return done(ok, "peak lr \(DoubleFormat.shortest(v)) is at \(at(t.step, t.epoch))" + (ok ? "" : ", expected step \(row)"), t.step)
    case .peakAtEpoch(let epoch):
      guard complete, let v = t.value else { return missing("before its last step") }
      let ok = epoch == epoch.rounded() ? t.epoch.rounded(.down) == epoch : t.epoch == epoch
      return done(ok, "peak lr \(DoubleFormat.shortest(v)) is at \(at(t.step, t.epoch))" + (ok ? "" : ", expected epoch \(DoubleFormat.compact(epoch))"), t.step)
    case .golden:
      return done(true, "", nil)
    }
  }

  private static func offBy(_ v: Double, _ bound: Bound) -> String {
    guard let x = bound.equal, x != 0, v.isFinite else { return "" }
    let rel = abs(v - x) / abs(x)
    return " (off by \(DoubleFormat.shortest(rel)) relative)"
  }

  /// Runs `spec` and checks its `expect` assertions (golden files skipped). Throws the spec's
  /// error when the assertions are malformed or the schedule cannot be built; when the schedule
  /// raises mid-run, returns what could be checked and the error.
  public static func evaluate(_ spec: RunSpec) throws(SpecError) -> (results: [ExpectationResult], error: SpecError?) {
    let evaluator = ExpectationEvaluator(try ExpectationParser.parse(spec), rows: spec.rows)
    let simulation = try Simulation(spec: spec)
    do {
      try simulation.run { row in evaluator.observe(row) }
    } catch let error as SpecError {
      return (evaluator.results(), error)
    } catch {
      return (evaluator.results(), SpecError("", "\(error)"))
    }
    return (evaluator.results(), nil)
  }
}
