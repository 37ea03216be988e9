/// Checks `expect` assertions against a run's rows as they stream by, in constant memory.
///
/// Feed every row, in order, to `observe(_:)`, then read `results(rowsSeen:)`. Golden-file
/// assertions are not evaluated here (see `GoldenComparison`); they are skipped. A row costs
/// time in the groups checked and the assertions that read it (`at_step` ones are found by their
/// step, extremes are tracked once per group, `monotonic` ones only within their range), not in
/// the number of assertions, so a spec of 10^5 assertions runs in time linear in its rows.
public final class ExpectationEvaluator {
  /// The assertions evaluated: the given ones but golden files.
  public let expectations: [Expectation]
  /// The number of rows the complete run has.
  public let rows: Int
  private var trackers: [Tracker]
  private var seen = 0
  private let pointChecks: [Int: [Int]]
  private let runChecks: [Int]
  private let runGroups: [Int]
  private var maxByGroup: [Tracker]
  private var minByGroup: [Tracker]
  private var finalByGroup: [Tracker]
  private let monotonicOrder: [Int]
  private var nextMonotonic = 0
  private var activeMonotonic: [Int] = []

  private struct Tracker {
    var value: Double?
    var step = -1
    var epoch = 0.0
    var previous: Double?
    var previousStep = -1
    var broken: (step: Int, epoch: Double, previous: Double, current: Double)?

    mutating func record(_ lr: Double, _ step: Int, _ epoch: Double) {
      value = lr
      self.step = step
      self.epoch = epoch
    }
  }

  public init(_ expectations: [Expectation], rows: Int) {
    let kept = expectations.filter {
      if case .golden = $0.kind { return false }
      return true
    }
    self.expectations = kept
    self.rows = rows
    self.trackers = Array(repeating: Tracker(), count: kept.count)
    var points: [Int: [Int]] = [:]
    var run: [Int] = []
    var monotonic: [(start: Int, index: Int)] = []
    for (i, e) in kept.enumerated() {
      switch e.kind {
      case .lrAt(let r, _): points[r, default: []].append(i)
      case .maxLR, .minLR, .finalLR, .peakAtStep, .peakAtEpoch: run.append(i)
      case .monotonic(_, let range, _, _): monotonic.append((range.lowerBound, i))
      case .golden: break
      }
    }
    pointChecks = points
    runChecks = run
    runGroups = Set(run.map { kept[$0].group }).sorted()
    let groupSlots = (runGroups.last ?? -1) + 1
    maxByGroup = Array(repeating: Tracker(), count: groupSlots)
    minByGroup = Array(repeating: Tracker(), count: groupSlots)
    finalByGroup = Array(repeating: Tracker(), count: groupSlots)
    monotonicOrder = monotonic.sorted { $0.start < $1.start }.map(\.index)
  }

  /// Takes the next row into account.
  public func observe(_ row: borrowing SimulationRow) {
    seen = row.step + 1
    let step = row.step
    let epoch = row.epoch
    for g in runGroups where g < row.lrs.count {
      let lr = row.lrs[g]
      if maxByGroup[g].value.map({ lr > $0 || ($0.isNaN && !lr.isNaN) }) ?? true { maxByGroup[g].record(lr, step, epoch) }
      if minByGroup[g].value.map({ lr < $0 || ($0.isNaN && !lr.isNaN) }) ?? true { minByGroup[g].record(lr, step, epoch) }
      finalByGroup[g].record(lr, step, epoch)
    }
    if let points = pointChecks[step] {
      for i in points where expectations[i].group < row.lrs.count {
        trackers[i].record(row.lrs[expectations[i].group], step, epoch)
      }
    }
    while nextMonotonic < monotonicOrder.count, Self.range(of: expectations[monotonicOrder[nextMonotonic]]).lowerBound <= step {
      activeMonotonic.append(monotonicOrder[nextMonotonic])
      nextMonotonic += 1
    }
    var stillActive = 0
    for k in activeMonotonic.indices {
      let i = activeMonotonic[k]
      let e = expectations[i]
      guard case .monotonic(let direction, let range, let rtol, let atol) = e.kind else { continue }
      if e.group < row.lrs.count, range.contains(step), trackers[i].broken == nil {
        let lr = row.lrs[e.group]
        if let p = trackers[i].previous, !direction.holds(from: p, to: lr, tolerance: atol + rtol * abs(p)) {
          trackers[i].broken = (step, epoch, p, lr)
        }
        trackers[i].previous = lr
        trackers[i].previousStep = step
      }
      if trackers[i].broken == nil && range.upperBound > step {
        activeMonotonic[stillActive] = i
        stillActive += 1
      }
    }
    activeMonotonic.removeLast(activeMonotonic.count - stillActive)
  }

  private static func range(of e: Expectation) -> ClosedRange<Int> {
    if case .monotonic(_, let range, _, _) = e.kind { return range }
    return 0...0
  }

  /// Each assertion's outcome. An assertion that needs rows the run did not reach (it stopped
  /// early because the schedule raised) is `notEvaluated`, unless it had already failed.
  public func results() -> [ExpectationResult] {
    for i in runChecks {
      let g = expectations[i].group
      switch expectations[i].kind {
      case .minLR: trackers[i] = minByGroup[g]
      case .finalLR: trackers[i] = finalByGroup[g]
      default: trackers[i] = maxByGroup[g]
      }
    }
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
