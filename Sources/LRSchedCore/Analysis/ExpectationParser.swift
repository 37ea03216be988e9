/// Reads a spec's `"expect"` list into `Expectation`s, validated against the run's shape and
/// parameter groups. Every problem is a `SpecError` at its path, e.g. `expect[3].at_step`.
public enum ExpectationParser {
  /// The keys that say what an assertion checks; each assertion has exactly one.
  public static let kindKeys = [
    "at_step", "at_epoch", "max_lr", "min_lr", "final_lr", "monotonic", "peak_at_step", "peak_at_epoch", "golden",
  ]

  /// The spec's assertions (none when it has no `"expect"`). `rtol` and `atol` are the defaults
  /// for assertions that do not give their own.
  public static func parse(_ spec: RunSpec, rtol: Double = 1e-12, atol: Double = 0) throws(SpecError) -> [Expectation] {
    try parse(spec.json["expect"], shape: spec.shape, groups: spec.optimizer.groups.map(\.name), rtol: rtol, atol: atol)
  }

  /// The assertions in `value` for a run of `shape` whose parameter groups are named `groups`.
  public static func parse(
    _ value: JSONValue?, shape: RunShape, groups: [String], rtol: Double = 1e-12, atol: Double = 0
  ) throws(SpecError) -> [Expectation] {
    switch value {
    case nil, .null?: return []
    case .array(let items)?:
      var out: [Expectation] = []
      for (i, item) in items.enumerated() {
        out.append(try parseOne(item, index: i, shape: shape, groups: groups, rtol: rtol, atol: atol))
      }
      return out
    case let v?:
      throw SpecError("expect", "must be a list of assertions such as {\"at_step\": 0, \"lr\": 0.1}, got \(v.typeName)")
    }
  }

  private static func parseOne(
    _ item: JSONValue, index: Int, shape: RunShape, groups: [String], rtol defaultRtol: Double, atol defaultAtol: Double
  ) throws(SpecError) -> Expectation {
    let path = "expect[\(index)]"
    guard case .object(let members) = item else {
      throw SpecError(path, "must be an object such as {\"at_step\": 0, \"lr\": 0.1}, got \(item.typeName)")
    }
    let kinds = members.map(\.key).filter { kindKeys.contains($0) }
    guard let kindKey = kinds.first else {
      throw SpecError(path, "say what to check with one of \(kindKeys.joined(separator: ", "))")
    }
    guard kinds.count == 1 else {
      throw SpecError("\(path).\(kinds[1])", "one check per assertion: this one already has \"\(kindKey)\"")
    }
    let allowed: [String]
    switch kindKey {
    case "at_step", "at_epoch": allowed = [kindKey, "lr", "rtol", "atol", "group", "name"]
    case "max_lr", "min_lr", "final_lr": allowed = [kindKey, "rtol", "atol", "group", "name"]
    case "monotonic": allowed = [kindKey, "from_step", "to_step", "from_epoch", "to_epoch", "rtol", "atol", "group", "name"]
    case "golden": allowed = [kindKey, "rtol", "atol", "name"]
    default: allowed = [kindKey, "group", "name"]
    }
    for (key, _) in members where !allowed.contains(key) {
      throw SpecError("\(path).\(key)", "\"\(kindKey)\" takes no \"\(key)\"\(Suggestion.hint(for: key, in: allowed)); it takes \(allowed.joined(separator: ", "))")
    }
    let rtol = try tolerance(item["rtol"], at: "\(path).rtol") ?? defaultRtol
    let atol = try tolerance(item["atol"], at: "\(path).atol") ?? defaultAtol
    let (group, groupLabel) = try groupIndex(item["group"], at: "\(path).group", groups: groups)
    let rows = shape.rows
    let perEpoch = shape.interval == .step ? shape.stepsPerEpoch : 1
    let kindPath = "\(path).\(kindKey)"
    let raw = item[kindKey] ?? .null

    let kind: ExpectationKind
    let label: String
    switch kindKey {
    case "at_step", "at_epoch":
      let row: Int
      if kindKey == "at_step" {
        row = try step(raw, at: kindPath, rows: rows)
        label = "at_step \(row)"
      } else {
        let e = try number(raw, at: kindPath)
        row = try epochRow(e, at: kindPath, rows: rows, perEpoch: perEpoch)
        label = "at_epoch \(DoubleFormat.compact(e))"
      }
      guard let lr = item["lr"] else { throw SpecError("\(path).lr", "missing: the learning rate expected \(String(label.map { $0 == "_" ? " " : $0 }))") }
      let bound = try Bound.parse(lr, at: "\(path).lr", rtol: rtol, atol: atol)
      kind = .lrAt(row: row, bound: bound)
      return Expectation(index: index, name: name(item, path: path, default: "\(label): lr \(bound)\(groupLabel)"), group: group, kind: kind)
    case "max_lr", "min_lr", "final_lr":
      let bound = try Bound.parse(raw, at: kindPath, rtol: rtol, atol: atol)
      kind = kindKey == "max_lr" ? .maxLR(bound) : kindKey == "min_lr" ? .minLR(bound) : .finalLR(bound)
      label = "\(kindKey) \(bound)"
    case "monotonic":
      guard case .string(let s) = raw, let direction = MonotonicDirection(rawValue: s) else {
        let choices = MonotonicDirection.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        if case .string(let s) = raw {
          throw SpecError(kindPath, "unknown direction \"\(s)\"\(Suggestion.hint(for: s, in: MonotonicDirection.allCases.map(\.rawValue))); one of \(choices)")
        }
        throw SpecError(kindPath, "must be one of \(choices), got \(raw.typeName)")
      }
      let range = try rowRange(item, path: path, rows: rows, perEpoch: perEpoch)
      kind = .monotonic(direction, rows: range, rtol: item["rtol"] == nil ? 0 : rtol, atol: item["atol"] == nil ? 0 : atol)
      let whole = range == 0...(rows - 1)
      label = "monotonic \(direction.rawValue)" + (whole ? "" : ", steps \(range.lowerBound)–\(range.upperBound)")
    case "peak_at_step":
      let row = try step(raw, at: kindPath, rows: rows)
      kind = .peakAtStep(row)
      label = "peak_at_step \(row)"
    case "peak_at_epoch":
      let e = try number(raw, at: kindPath)
      guard e >= 0, e < Double(shape.epochs) else {
        throw SpecError(kindPath, "epoch \(DoubleFormat.compact(e)) is outside the run (epochs 0–\(shape.epochs - 1))")
      }
      if e != e.rounded() { _ = try epochRow(e, at: kindPath, rows: rows, perEpoch: perEpoch) }
      kind = .peakAtEpoch(e)
      label = "peak_at_epoch \(DoubleFormat.compact(e))"
    default:
      guard case .string(let file) = raw, !file.isEmpty else {
        throw SpecError(kindPath, "must be the path of a CSV written by `lrsched simulate`, got \(raw.typeName)")
      }
      kind = .golden(path: file, rtol: rtol, atol: atol)
      label = "golden \(file)"
    }
    return Expectation(index: index, name: name(item, path: path, default: label + groupLabel), group: group, kind: kind)
  }

  private static func name(_ item: JSONValue, path: String, default fallback: String) -> String {
    if case .string(let s)? = item["name"], !s.isEmpty { return s }
    return fallback
  }

  private static func number(_ v: JSONValue, at path: String) throws(SpecError) -> Double {
    guard case .number(let n) = v else { throw SpecError(path, "must be a number, got \(v.typeName)") }
    guard n.double.isFinite else { throw SpecError(path, "number \(n.literal) is out of range") }
    return n.double
  }

  private static func tolerance(_ v: JSONValue?, at path: String) throws(SpecError) -> Double? {
    guard let v, v != .null else { return nil }
    let x = try number(v, at: path)
    guard x >= 0 else { throw SpecError(path, "must be at least 0, got \(DoubleFormat.shortest(x))") }
    return x
  }

  private static func step(_ v: JSONValue, at path: String, rows: Int) throws(SpecError) -> Int {
    guard case .number = v else { throw SpecError(path, "must be a step number, got \(v.typeName)") }
    let s = try SchedulerArguments.int(v, at: path)
    guard s >= 0 else { throw SpecError(path, "must be at least 0, got \(s)") }
    guard s < rows else { throw SpecError(path, "step \(s) is past the run's last step (\(rows - 1))") }
    return s
  }

  /// The row that starts epoch `e`: `e * perEpoch`, which must be a whole row inside the run.
  private static func epochRow(_ e: Double, at path: String, rows: Int, perEpoch: Int) throws(SpecError) -> Int {
    guard e >= 0 else { throw SpecError(path, "must be at least 0, got \(DoubleFormat.compact(e))") }
    let r = e * Double(perEpoch)
    guard r == r.rounded() else {
      throw SpecError(path, "epoch \(DoubleFormat.compact(e)) does not start a step: steps start every \(perEpoch == 1 ? "epoch" : "1/\(perEpoch) epoch")")
    }
    guard r < Double(rows) else {
      throw SpecError(path, "epoch \(DoubleFormat.compact(e)) is past the run's last step (\(rows - 1))")
    }
    return Int(r)
  }

  private static func rowRange(_ item: JSONValue, path: String, rows: Int, perEpoch: Int) throws(SpecError) -> ClosedRange<Int> {
    if item["from_step"] != nil && item["from_epoch"] != nil {
      throw SpecError("\(path).from_epoch", "give one of from_step and from_epoch")
    }
    if item["to_step"] != nil && item["to_epoch"] != nil {
      throw SpecError("\(path).to_epoch", "give one of to_step and to_epoch")
    }
    var from = 0
    var to = rows - 1
    if let v = item["from_step"] { from = try step(v, at: "\(path).from_step", rows: rows) }
    if let v = item["from_epoch"] { from = try epochRow(try number(v, at: "\(path).from_epoch"), at: "\(path).from_epoch", rows: rows, perEpoch: perEpoch) }
    if let v = item["to_step"] { to = try step(v, at: "\(path).to_step", rows: rows) }
    if let v = item["to_epoch"] { to = try epochRow(try number(v, at: "\(path).to_epoch"), at: "\(path).to_epoch", rows: rows, perEpoch: perEpoch) }
    guard from <= to else {
      let key = item["to_step"] != nil ? "to_step" : "to_epoch"
      throw SpecError("\(path).\(key)", "ends (step \(to)) before it starts (step \(from))")
    }
    return from...to
  }

  private static func groupIndex(_ v: JSONValue?, at path: String, groups: [String]) throws(SpecError) -> (Int, String) {
    switch v {
    case nil, .null?: return (0, "")
    case .string(let s)?:
      guard let i = groups.firstIndex(of: s) else {
        throw SpecError(path, "no parameter group named '\(s)'\(Suggestion.hint(for: s, in: groups)); the groups are \(groups.joined(separator: ", "))")
      }
      return (i, " (group \(s))")
    case .number?:
      let i = try SchedulerArguments.int(v ?? .null, at: path)
      guard i >= 0, i < groups.count else {
        throw SpecError(path, "group index \(i) is out of range: the optimizer has \(groups.count) group\(groups.count == 1 ? "" : "s")")
      }
      return (i, " (group \(groups[i]))")
    case let x?:
      throw SpecError(path, "must be a group name or index, got \(x.typeName)")
    }
  }
}
