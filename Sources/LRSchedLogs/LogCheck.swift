import LRSchedCore

/// Checks a training log against the plan that should have produced it: every logged learning
/// rate must equal the plan's at its row (see `LogAlignment`) within `rtol` relative plus `atol`
/// (plus float32's smallest subnormal for formats that store float32). The plan's rates and the
/// log's points are held in memory, 8 bytes a plan row and group and about 40 a logged point.
///
/// When points differ the pattern is matched against the usual mistakes, each a whole-log
/// hypothesis that must hold for every compared point: a per-batch scheduler stepped per epoch
/// (row r logs plan row ⌊r / stepsPerEpoch⌋), off by one step either way, a resumed run whose
/// schedule restarted (from the first difference m on, row r logs plan row r − m), a warmup
/// missing (the log starts at its peak where the plan rises), a different total length (the log
/// runs past the plan, or after the peak it decays as the plan stretched in time).
public struct LogCheck {
  public let rtol: Double?
  public let atol: Double
  public let offset: Int?

  /// `rtol` `nil` takes the log format's default (`LogFormat.defaultRelativeTolerance`).
  public init(rtol: Double? = nil, atol: Double = 0, offset: Int? = nil) {
    self.rtol = rtol
    self.atol = atol
    self.offset = offset
  }

  /// Simulates `spec` and compares every point of `log`. Throws `SpecError` for a plan that
  /// cannot run and `LogError` for a log that cannot be read or matched to the plan's groups.
  /// `check` of the log file at `path` as one `check` case; a log that cannot be read is an
  /// error case naming it.
  public func checkCase(_ spec: RunSpec, logFile path: String, options: LogOptions) -> CheckCase {
    do {
      return try check(spec, log: try LogFile.open(path, options: options)).checkCase
    } catch {
      return CheckCase(name: "log \(path)", status: .error, message: "\(error)")
    }
  }

  public func check(_ spec: RunSpec, log: any LogSource) throws -> LogCheckReport {
    let simulation = try Simulation(spec: spec)
    let groups = simulation.optimizer.paramGroups.map(\.name)
    var plan = Array(repeating: [Double](), count: groups.count)
    for g in plan.indices { plan[g].reserveCapacity(simulation.rows) }
    try simulation.run { row in
      for g in row.lrs.indices where g < plan.count { plan[g].append(row.lrs[g]) }
    }
    let tolerance = rtol ?? log.format.defaultRelativeTolerance
    let subnormal = log.format.storesFloat32 ? 0x1p-149 : 0
    var logged: [(series: Int, group: Int, point: LogPoint)] = []
    var groupOf: [Int: Int] = [:]
    while let p = try log.next() {
      let series = log.series[p.series]
      let group: Int
      if let g = groupOf[p.series] {
        group = g
      } else {
        group = try Self.group(of: series, index: p.series, count: log.series.count, groups: groups, log: log.name)
        groupOf[p.series] = group
      }
      logged.append((p.series, group, p))
    }
    func placed(_ alignment: LogAlignment) -> [(series: Int, group: Int, row: Double, step: Double, value: Double)] {
      logged.compactMap { l in
        alignment.row(l.point, series: log.series[l.series]).map { row in
          (l.series, l.group, row, l.point.step ?? l.point.epoch ?? row, l.point.value)
        }
      }
    }
    let rows = simulation.rows
    func matches(_ v: Double, _ g: Int, _ r: Int) -> Bool {
      guard r >= 0 && r < rows else { return false }
      let planned = plan[g][r]
      return v == planned || abs(v - planned) <= atol + subnormal + tolerance * abs(planned)
    }
    var alignment = LogAlignment(shape: simulation.shape, offset: offset)
    var points = placed(alignment)
    var chosen = false
    if offset == nil && log.series.contains(where: { $0.convention == .trainer }) {
      let earlier = LogAlignment(shape: simulation.shape, overrides: [.trainer: LogConvention.trainerEarlierRowOffset])
      let other = placed(earlier)
      func fit(_ ps: [(series: Int, group: Int, row: Double, step: Double, value: Double)]) -> Int {
        ps.reduce(0) { n, p in n + (Int(exactly: p.row).map { matches(p.value, p.group, $0) ? 1 : 0 } ?? 0) }
      }
      if fit(other) > fit(points) {
        alignment = earlier
        points = other
      }
      chosen = true
    }
    var differing = 0
    var past = 0
    var first: LogCheckReport.Difference?
    var firstIndex: Int?
    for (i, p) in points.enumerated() {
      let r = Int(exactly: p.row)
      if let r, r >= rows { past += 1 }
      if let r, matches(p.value, p.group, r) { continue }
      differing += 1
      if first == nil {
        let row = r ?? Int(p.row.rounded(.down))
        first = LogCheckReport.Difference(
          series: log.series[p.series].name, logStep: p.step, row: row, logged: p.value,
          planned: row >= 0 && row < rows ? plan[p.group][row] : nil)
        firstIndex = i
      }
    }
    var cause: String?
    if let firstIndex, let first {
      cause = Self.diagnose(
        points: points.map { ($0.group, Int(exactly: $0.row) ?? -1, $0.value) }, firstIndex: firstIndex, firstRow: first.row,
        past: past, rows: rows, stepsPerEpoch: simulation.shape.interval == .step ? simulation.shape.stepsPerEpoch : 1,
        plan: plan, offset: alignment.offset(for: log.series[points[firstIndex].series]), matches: matches)
    }
    let used = Set(points.map(\.series)).sorted().map { k -> String in
      let s = log.series[k]
      let o = alignment.offset(for: s)
      let how = offset != nil ? " (--log-offset)" : chosen && s.convention == .trainer ? " (the better fit of the Trainer's two conventions)" : ""
      return "\(s.name) → group '\(groups[groupOf[k] ?? 0])': \(s.convention.rawValue) convention, plan row = step\(o == 0 ? "" : o > 0 ? " + \(o)" : " − \(-o)")\(how)"
    }
    return LogCheckReport(
      log: log.name, format: log.format, points: points.count, differing: differing, pastPlan: past, first: first,
      cause: cause, rtol: tolerance, atol: atol, alignment: used)
  }

  /// The parameter group a series logs: the group it names, else the series' position.
  public static func group(of series: LogSeries, index: Int, count: Int, groups: [String], log: String) throws(LogError) -> Int {
    switch series.group {
    case .index(let i)?:
      guard i < groups.count else {
        throw LogError("\(log): '\(series.name)' is parameter group \(i + 1), but the plan has \(groups.count)")
      }
      return i
    case .name(let n)?:
      if let g = groups.firstIndex(of: n) { return g }
      if count == 1 { return 0 }
      throw LogError("\(log): '\(series.name)' names group '\(n)', but the plan's groups are \(groups.map { "'\($0)'" }.joined(separator: ", "))")
    case nil:
      return index < groups.count ? index : 0
    }
  }

  static func diagnose(
    points: [(group: Int, row: Int, value: Double)], firstIndex: Int, firstRow: Int, past: Int, rows: Int,
    stepsPerEpoch: Int, plan: [[Double]], offset: Int, matches: (Double, Int, Int) -> Bool
  ) -> String? {
    let inPlan = points.filter { $0.row >= 0 && $0.row < rows }
    func all(_ rowFor: (Int) -> Int) -> Bool {
      !inPlan.isEmpty && inPlan.allSatisfy { matches($0.value, $0.group, rowFor($0.row)) }
    }
    if stepsPerEpoch > 1 && all({ $0 / stepsPerEpoch }) {
      return "the scheduler was stepped once per epoch instead of once per batch (\(stepsPerEpoch) batches per epoch): every logged rate is the plan's at step ⌊step / \(stepsPerEpoch)⌋, the classic \(TorchExamples.perBatchName) mistake"
    }
    if all({ $0 + 1 }) {
      return "off by one step: every logged rate is the plan's one step later (scheduler.step() before optimizer.step(), or a logger that logs after the scheduler stepped, as transformers' Trainer did before version 5: then --log-offset \(offset + 1))"
    }
    if all({ $0 - 1 }) {
      return "off by one step: every logged rate is the plan's one step earlier (the logger stamps a rate with the step after the one that used it: then --log-offset \(offset - 1))"
    }
    let tail = points[firstIndex...].filter { $0.row >= 0 && $0.row < rows }
    if firstRow > 0 && !tail.isEmpty && tail.allSatisfy({ matches($0.value, $0.group, $0.row - firstRow) }) {
      return "a resumed run restarted the schedule at step \(firstRow): from there every logged rate is the plan's from step 0 again (the scheduler's state_dict was not restored)"
    }
    if let start = inPlan.first, let planPeak = plan[start.group].indices.max(by: { plan[start.group][$0] < plan[start.group][$1] }) {
      let peak = plan[start.group][planPeak]
      let logMax = inPlan.filter { $0.group == start.group }.map(\.value).max() ?? 0
      if planPeak > start.row && plan[start.group][start.row] < 0.9 * peak && start.value >= 0.99 * logMax && logMax > 0 {
        return "warmup missing: the plan rises to its peak \(peak) over its first \(planPeak) steps, the run starts at its own peak \(start.value)"
      }
    }
    if past > 0 {
      return "a different total length: \(past) logged point\(past == 1 ? " lies" : "s lie") past the plan's last step \(rows - 1), the run is longer than planned"
    }
    let g0 = points[firstIndex].group
    if let ratio = stretch(tail.filter { $0.group == g0 }, plan: plan[g0], matches: { matches($0, g0, $1) }) {
      let peak = plan[g0].indices.max(by: { plan[g0][$0] < plan[g0][$1] }) ?? 0
      let decay = rows - 1 - peak
      let run = Int((Double(decay) * ratio).rounded())
      return "a different total length: after the peak the run decays like the plan stretched \(ratio < 1 ? "shorter" : "longer") by ×\(DoubleFormat.shortest((ratio * 100).rounded() / 100)), as if its decay lasted about \(run) steps instead of \(decay) (T_max / total_steps / num_training_steps)"
    }
    return nil
  }

  /// The factor k when every differing point after the plan's peak logs the plan's value at
  /// peak + (r − peak) / k (interpolated between rows), the plan decaying monotonically there,
  /// k the same within 5% for all of them (or the middle 80%) and not 1: the run's decay is the
  /// plan's stretched in time.
  static func stretch(_ points: [(group: Int, row: Int, value: Double)], plan: [Double], matches: (Double, Int) -> Bool) -> Double? {
    guard let peak = plan.indices.max(by: { plan[$0] < plan[$1] }) else { return nil }
    let decay = plan[peak...]
    guard zip(decay, decay.dropFirst()).allSatisfy({ $0 >= $1 }) else { return nil }
    var ratios: [Double] = []
    for p in points where p.row > peak + 1 && !matches(p.value, p.row) {
      var lo = peak
      var hi = plan.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if plan[mid] > p.value { lo = mid + 1 } else { hi = mid }
      }
      guard lo > peak else { return nil }
      var crossing = Double(lo)
      if lo < plan.count, plan[lo - 1] > plan[lo] {
        crossing = Double(lo - 1) + (plan[lo - 1] - p.value) / (plan[lo - 1] - plan[lo])
      }
      ratios.append(Double(p.row - peak) / (crossing - Double(peak)))
    }
    guard ratios.count >= 3 else { return nil }
    let sorted = ratios.sorted()
    let median = sorted[sorted.count / 2]
    guard abs(median - 1) > 0.03, sorted.allSatisfy({ abs($0 / median - 1) <= 0.05 }) || sorted.dropFirst(sorted.count / 10).dropLast(sorted.count / 10).allSatisfy({ abs($0 / median - 1) <= 0.05 }) else {
      return nil
    }
    return median
  }
}
