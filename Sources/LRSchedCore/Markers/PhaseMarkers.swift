/// Finds where a schedule changes phase, from its arguments (milestones, warmup lengths,
/// restart periods, phase fractions) and, for plateau schedulers, from the rows themselves.
///
/// Markers lie in `1..<rows`; a schedule that changes phase at nearly every step (StepLR with
/// `step_size` 1, CyclicLR with short cycles) gets none, since lines at every step say nothing.
public enum PhaseMarkers {
  /// The most markers kept for one schedule.
  public static let maximumCount = 24

  /// The markers implied by the spec's scheduler arguments.
  public static func markers(for spec: RunSpec) -> [PhaseMarker] {
    var out: [PhaseMarker] = []
    var tooMany = false
    collect(spec.scheduler, offset: 0, rows: spec.rows, into: &out, tooMany: &tooMany)
    var seen: Set<Int> = []
    let kept = out.filter { $0.step > 0 && $0.step < spec.rows && seen.insert($0.step).inserted }
      .sorted { $0.step < $1.step }
    return tooMany || kept.count > maximumCount ? [] : kept
  }

  /// Whether the scheduler's phases come from the metric (so `reductions(in:)` finds them).
  public static func isMetricDriven(_ spec: RunSpec) -> Bool {
    guard case .string(let t)? = spec.scheduler["type"], let d = SchedulerCatalog.lookup(t) else { return false }
    return d.bareName == "ReduceLROnPlateau" || d.bareName == "PlateauLRScheduler"
  }

  /// The steps at which the first group's learning rate dropped: a plateau scheduler's reductions.
  public static func reductions(in lrs: [Double]) -> [PhaseMarker] {
    var out: [PhaseMarker] = []
    for i in lrs.indices.dropFirst() where lrs[i] < lrs[i - 1] {
      out.append(PhaseMarker(step: i, label: "reduce"))
    }
    return out.count > maximumCount ? [] : out
  }

  /// An integer argument, or `nil` beyond ±2^52, so that sums and products of a few of them
  /// cannot overflow.
  private static func int(_ v: JSONValue?) -> Int? {
    guard case .number(let n)? = v else { return nil }
    let limit = 1 << 52
    if let i = n.int { return abs(i) <= limit ? i : nil }
    guard n.double.isFinite, abs(n.double) <= Double(limit) else { return nil }
    return Int(n.double.rounded(.down))
  }

  private static func double(_ v: JSONValue?) -> Double? {
    guard case .number(let n)? = v else { return nil }
    return n.double
  }

  private static func ints(_ v: JSONValue?) -> [Int] {
    guard case .array(let items)? = v else { return [] }
    return items.compactMap { int($0) }
  }

  private static func collect(
    _ s: JSONValue, offset: Int, rows: Int, into out: inout [PhaseMarker], tooMany: inout Bool
  ) {
    guard case .string(let type)? = s["type"], let d = SchedulerCatalog.lookup(type) else { return }
    func add(_ step: Int?, _ label: String) {
      guard let step, step > 0, step < rows - offset else { return }
      out.append(PhaseMarker(step: offset + step, label: label))
    }
    func periodic(_ period: Int, _ label: String) {
      guard period > 0, (rows - offset) / period <= maximumCount else {
        tooMany = tooMany || period > 0
        return
      }
      var k = period
      while k < rows - offset {
        add(k, label)
        k += period
      }
    }
    let warmupKeys = ["num_warmup_steps", "warmup_steps", "warmup_t"]
    for key in warmupKeys {
      add(int(s[key]), "warmup end")
    }
    switch d.qualifiedName {
    case "torch.StepLR": periodic(int(s["step_size"]) ?? 0, "decay")
    case "torch.MultiStepLR": for m in ints(s["milestones"]) { add(m, "milestone") }
    case "torch.LinearLR", "torch.ConstantLR": add(int(s["total_iters"]) ?? 5, d.bareName == "LinearLR" ? "linear end" : "factor end")
    case "torch.CosineAnnealingLR":
      if let t = int(s["T_max"]), t < rows - offset { add(t, "T_max") }
    case "torch.PolynomialLR": add(int(s["total_iters"]) ?? 5, "decay end")
    case "torch.CosineAnnealingWarmRestarts":
      guard let t0 = int(s["T_0"]), t0 > 0 else { return }
      let mult = max(int(s["T_mult"]) ?? 1, 1)
      var at = t0
      var period = t0
      var count = 0
      while at < rows - offset && count <= maximumCount {
        add(at, "restart")
        let (p, o) = period.multipliedReportingOverflow(by: mult)
        guard !o else { break }
        period = p
        let (n, o2) = at.addingReportingOverflow(period)
        guard !o2 else { break }
        at = n
        count += 1
      }
    case "torch.OneCycleLR":
      let perCycle = (int(s["epochs"]) ?? 0).multipliedReportingOverflow(by: int(s["steps_per_epoch"]) ?? 0)
      let total = int(s["total_steps"]) ?? (perCycle.overflow ? 0 : perCycle.partialValue)
      let pct = double(s["pct_start"]) ?? 0.3
      guard total > 0 else { return }
      let peak = Int((pct * Double(total)).rounded(.down)) - 1
      add(peak, "peak")
      if case .bool(true)? = s["three_phase"] { add(2 * peak, "anneal") }
    case "torch.SequentialLR":
      guard case .array(let children)? = s["schedulers"] else { return }
      let ms = ints(s["milestones"])
      let starts = children.indices.map { i in i == 0 ? 0 : (i - 1 < ms.count ? ms[i - 1] : rows) }
      for (i, child) in children.enumerated() where i > 0 {
        if case .string(let t)? = child["type"] { add(starts[i], "→ \(t)") }
      }
      for (i, child) in children.enumerated() {
        collect(child, offset: offset + starts[i], rows: rows, into: &out, tooMany: &tooMany)
      }
    case "torch.ChainedScheduler":
      guard case .array(let children)? = s["schedulers"] else { return }
      for child in children { collect(child, offset: offset, rows: rows, into: &out, tooMany: &tooMany) }
    case "transformers.get_wsd_schedule", "transformers.warmup_stable_decay":
      if let w = int(s["num_warmup_steps"]), let st = int(s["num_stable_steps"]) { add(w + st, "decay start") }
      if let total = int(s["num_training_steps"]), let dec = int(s["num_decay_steps"]) { add(total - dec, "decay start") }
    case "optax.join_schedules":
      for b in ints(s["boundaries"]) { add(b, "join") }
    case "optax.piecewise_constant_schedule", "optax.piecewise_interpolate_schedule":
      if case .object(let m)? = s["boundaries_and_scales"] {
        for (k, _) in m { add(Int(k), "boundary") }
      }
    case "keras.PiecewiseConstantDecay":
      for b in ints(s["boundaries"]) { add(b + 1, "boundary") }
    case "timm.MultiStepLRScheduler":
      for m in ints(s["decay_t"]) { add(m, "milestone") }
    default:
      break
    }
  }
}
