/// Finds where a schedule changes phase, from its arguments (milestones, warmup lengths,
/// restart periods, phase fractions) and, for plateau schedulers, from the rows themselves.
///
/// Each scheduler of the tree contributes the markers its parameters declare (`ParameterInfo.marker`)
/// and its descriptor's `markers` rule; a sequence marks each switch to its next scheduler.
/// Markers lie in `1..<rows`; a schedule that changes phase at nearly every step (StepLR with
/// `step_size` 1, CyclicLR with short cycles) gets none, since lines at every step say nothing.
public enum PhaseMarkers {
  /// The most markers kept for one schedule.
  public static let maximumCount = 24

  /// The markers implied by the spec's scheduler arguments.
  public static func markers(for spec: RunSpec) -> [PhaseMarker] {
    var out: [PhaseMarker] = []
    var tooMany = false
    for node in SchedulerNode(spec.scheduler, span: spec.rows).all {
      let set = markers(of: node)
      out += set.markers
      tooMany = tooMany || set.tooMany
    }
    var seen: Set<Int> = []
    let kept = out.filter { $0.step > 0 && $0.step < spec.rows && seen.insert($0.step).inserted }
      .sorted { $0.step < $1.step }
    return tooMany || kept.count > maximumCount ? [] : kept
  }

  /// One scheduler's own markers, without those of the schedulers it wraps.
  static func markers(of node: SchedulerNode) -> PhaseMarkerSet {
    var set = PhaseMarkerSet(start: node.start, span: node.span)
    guard let d = node.descriptor else { return set }
    for p in d.parameters {
      guard let label = p.marker else { continue }
      if let list = node.intList(p.name) {
        for step in list { set.add(step, label) }
      } else {
        set.add(node.int(p.name) ?? (node.json[p.name] == nil ? p.markerDefault : nil), label)
      }
    }
    if case .sequential? = d.composition {
      for child in node.children.dropFirst() {
        set.add(child.start - node.start, "→ \(child.type)")
      }
    }
    d.markers(node, &set)
    return set
  }

  /// Whether the schedule's phases come from the metric (so `reductions(in:)` finds them).
  public static func isMetricDriven(_ spec: RunSpec) -> Bool {
    SchedulerNode(spec.scheduler, span: spec.rows).traits.contains(.metricDriven)
  }

  /// The steps at which the first group's learning rate dropped: a plateau scheduler's reductions.
  public static func reductions(in lrs: [Double]) -> [PhaseMarker] {
    var tracker = ReductionMarkers()
    for (step, lr) in lrs.enumerated() { tracker.observe(step: step, lr: lr) }
    return tracker.markers
  }
}
