import LRSchedCore
import LRSchedPlot

/// A spec's run as chart content: its learning-rate curves (one per parameter group), optionally
/// its momentum and toy-training loss curves, its phase markers and its legend name.
///
/// The run streams: up to `exactLimit` rows are kept as they are, longer runs through a
/// `Decimator` of `columns` columns per curve, so memory stays bounded at any length.
public struct ScheduleChart {
  /// Rows kept exactly; longer runs are decimated.
  public static let exactLimit = 20_000
  /// The decimation columns of a long run.
  public static let columns = 16_384

  public var series: [ChartSeries]
  public var markers: [ChartMarker]
  /// The spec's name, or a label of its scheduler.
  public var name: String

  /// Runs `spec` against `x` (`step` or `epoch`). `momentum` and `loss` add those curves on the
  /// secondary axis; colours start at `colorBase`, one per parameter group, each group's momentum
  /// in its colour (dashed; dotted beside losses) and the losses in the first group's (training
  /// solid, faded when it has more points than the validation loss; validation dashed); `named` prefixes the secondary curves with the schedule's name, to
  /// tell several schedules apart; `name` replaces the spec's name or scheduler label in the
  /// legend; `drawStyle` joins the learning-rate and momentum points (losses are always lines).
  /// Throws `SpecError` or `ChartError`.
  public init(
    _ spec: RunSpec, x: XAxisUnit, momentum: Bool, loss: Bool, colorBase: Int, named: Bool = false,
    name: String? = nil, drawStyle: SeriesDrawStyle = .steps
  ) throws {
    if loss && spec.train == nil {
      throw ChartError("--loss needs a spec with a \"train\" section (toy training)")
    }
    var run = spec
    if momentum && !spec.recordMomentum {
      run = try RunSpec(json: spec.json.setting("record_momentum", to: .bool(true)), baseDirectory: spec.baseDirectory)
    }
    let simulation = try Simulation(spec: run)
    let groups = simulation.optimizer.paramGroups
    let rows = simulation.rows
    let perEpoch = simulation.shape.interval == .step ? Double(simulation.shape.stepsPerEpoch) : 1
    let xMax = x == .step ? Double(max(rows - 1, 0)) : Double(max(rows - 1, 0)) / perEpoch
    let make = { ScheduleCurve(rows: rows, xRange: 0...xMax) }
    var lr = Array(repeating: make(), count: groups.count)
    var mom = momentum ? Array(repeating: make(), count: groups.count) : []
    let columns = simulation.valueColumns
    let extraStart = columns.count - (simulation.training?.columns.count ?? 0)
    let lossColumns = loss ? columns.indices.filter { $0 >= extraStart && columns[$0].hasSuffix("_loss") } : []
    var losses = Array(repeating: make(), count: lossColumns.count)
    var lossSamples = Array(repeating: 0, count: lossColumns.count)
    let metricDriven = PhaseMarkers.isMetricDriven(run)
    var reductions = ReductionMarkers()
    try simulation.run { row in
      let xv = x == .step ? Double(row.step) : row.epoch
      for g in row.lrs.indices { lr[g].add(xv, row.lrs[g]) }
      for g in row.momenta.indices where g < mom.count { mom[g].add(xv, row.momenta[g]) }
      for (k, c) in lossColumns.enumerated() {
        let v = row.extras[c - extraStart]
        if !SimulationRow.isMissing(v) {
          losses[k].add(xv, v)
          lossSamples[k] += 1
        }
      }
      if metricDriven, let first = row.lrs.first { reductions.observe(step: row.step, lr: first) }
    }
    let name = name ?? spec.name ?? Self.label(spec.scheduler)
    var series: [ChartSeries] = []
    for g in lr.indices {
      let (xs, ys) = lr[g].points()
      let n = groups.count == 1 ? name : "\(name) [\(groups[g].name)]"
      series.append(ChartSeries(name: n, xs: xs, ys: ys, colorIndex: colorBase + g, drawStyle: drawStyle))
    }
    for g in mom.indices {
      let (xs, ys) = mom[g].points()
      let base = named ? "\(name): momentum" : "momentum"
      let n = groups.count == 1 ? base : "\(base) [\(groups[g].name)]"
      series.append(ChartSeries(name: n, xs: xs, ys: ys, colorIndex: colorBase + g, style: loss ? .dotted : .dashed,
          axis: .secondary, drawStyle: drawStyle))
    }
    let validation = lossColumns.indices.filter { columns[lossColumns[$0]].hasPrefix("val") }
    let fewestValidation = validation.map { lossSamples[$0] }.min() ?? Int.max
    for (k, c) in lossColumns.enumerated() {
      let (xs, ys) = losses[k].points()
      series.append(
        ChartSeries(
          name: named ? "\(name): \(columns[c])" : columns[c], xs: xs, ys: ys, colorIndex: colorBase,
          style: validation.contains(k) ? .dashed : .solid, axis: .secondary,
          faded: !validation.contains(k) && lossSamples[k] > fewestValidation))
    }
    let found = metricDriven ? reductions.markers : PhaseMarkers.markers(for: run)
    self.series = series
    self.markers = found.map { m in
      ChartMarker(x: x == .step ? Double(m.step) : Double(m.step) / perEpoch, label: m.label)
    }
    self.name = name
  }

  /// Legend labels longer than this many characters are cut short with "…".
  public static let labelLimit = 60

  /// A legend label: the scheduler's type, its nested schedulers' types and its scalar
  /// arguments (only those named in `keys`, when given), cut short with "…" past `limit`
  /// characters.
  public static func label(_ scheduler: JSONValue, keys: Set<String>? = nil, limit: Int = labelLimit) -> String {
    guard case .string(let type)? = scheduler["type"] else { return "schedule" }
    let args = arguments(scheduler).filter { keys?.contains($0.key) ?? true }.map { "\($0.key)=\($0.value)" }
    let nested: [String]
    if let key = SchedulerCatalog.lookup(type)?.composition?.childrenKey, case .array(let children)? = scheduler[key] {
      nested = children.map { c in
        if case .string(let t)? = c["type"] { return t }
        return "?"
      }
    } else {
      nested = []
    }
    let inner = nested.isEmpty ? args : ["[" + nested.joined(separator: ", ") + "]"] + args
    return shortened("\(type)(\(inner.joined(separator: ", ")))", to: limit)
  }

  /// Legend labels for several schedulers shown together: each shows its type and the arguments
  /// whose values are not the same in all of them (all of them when none differ).
  public static func labels(_ schedulers: [JSONValue], limit: Int = labelLimit) -> [String] {
    let all = schedulers.map { Dictionary(arguments($0).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }) }
    let keys = Set(all.flatMap(\.keys))
    let differing = keys.filter { key in Set(all.map { $0[key] ?? "" }).count > 1 }
    return schedulers.map { label($0, keys: differing.isEmpty ? nil : differing, limit: limit) }
  }

  /// Short tags telling several schedulers apart, for their markers: the type when the types
  /// differ, else the arguments that differ (the type when none do).
  public static func tags(_ schedulers: [JSONValue], limit: Int = 24) -> [String] {
    let types = schedulers.map { scheduler -> String in
      if case .string(let type)? = scheduler["type"] { return type }
      return "schedule"
    }
    if Set(types).count > 1 { return types.map { shortened($0, to: limit) } }
    let all = schedulers.map { Dictionary(arguments($0).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a }) }
    let keys = Set(all.flatMap(\.keys))
    let differing = arguments(schedulers.first ?? .null).map(\.key).filter { key in Set(all.map { $0[key] ?? "" }).count > 1 }
    let extra = keys.subtracting(differing).filter { key in Set(all.map { $0[key] ?? "" }).count > 1 }.sorted()
    return zip(types, all).map { type, args in
      let shown = (differing + extra).compactMap { key in args[key].map { "\(key)=\($0)" } }
      return shortened(shown.isEmpty ? type : shown.joined(separator: ", "), to: limit)
    }
  }

  /// The scheduler's scalar arguments in spec order, formatted as in a spec.
  public static func arguments(_ scheduler: JSONValue) -> [(key: String, value: String)] {
    guard case .object(let members) = scheduler else { return [] }
    return members.filter { $0.key != "type" && $0.key != "name" && $0.value.isScalar }
      .map { ($0.key, JSONWriter.format($0.value)) }
  }

  /// `text` cut to at most `limit` characters, the last of them "…".
  public static func shortened(_ text: String, to limit: Int) -> String {
    guard text.count > limit, limit > 1 else { return text }
    return String(text.prefix(limit - 1)) + "…"
  }
}
