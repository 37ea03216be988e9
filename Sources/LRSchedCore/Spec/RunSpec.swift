/// A whole spec: the run's length and stepping, the optimizer, the scheduler, the metrics
/// a plateau scheduler monitors and the toy problem to train. The contract is
/// `shared/reference/README.md`'s.
public struct RunSpec: Sendable {
  /// The most rows a run may have.
  public static let maximumRows = 1_000_000_000_000

  /// The document as read (or as built from flags).
  public let json: JSONValue
  public let epochs: Int
  public let stepsPerEpoch: Int
  public let interval: Interval
  public let optimizer: OptimizerSpec
  /// The `scheduler` object, built on demand by `SchedulerCatalog`.
  public let scheduler: JSONValue
  public let metrics: [Double]?
  /// The series name for legends.
  public let name: String?
  /// Whether to write momentum columns even for a scheduler that does not cycle momentum.
  public let recordMomentum: Bool
  /// The toy problem to train under the schedule, when the spec has a `train` section.
  public let train: TrainSpec?
  /// The lint rules the spec's `"lint": {"ignore": ["LR012"]}` turns off for it.
  public let ignoredLintRules: Set<LintRule>
  /// The directory relative paths in the spec (`train.data`) are resolved against: the spec
  /// file's directory; `nil` for the working directory.
  public var baseDirectory: String?

  /// Top-level keys a spec may have.
  public static let keys = [
    "epochs", "steps_per_epoch", "interval", "optimizer", "scheduler", "metrics", "name",
    "record_momentum", "expect", "train", "lint",
  ]

  /// Reads and validates a spec document; `baseDirectory` is the spec file's directory.
  public init(json: JSONValue, baseDirectory: String? = nil) throws(SpecError) {
    self.baseDirectory = baseDirectory
    guard case .object(let members) = json else {
      throw SpecError("", "a spec must be a JSON object with \"epochs\", \"optimizer\" and \"scheduler\", got \(json.typeName)")
    }
    for (key, _) in members where !Self.keys.contains(key) {
      throw SpecError(key, "unknown key\(Suggestion.hint(for: key, in: Self.keys))")
    }
    self.json = json
    guard let e = json["epochs"] else { throw SpecError("epochs", "missing: how many epochs to simulate") }
    epochs = try SchedulerArguments.int(e, at: "epochs")
    guard epochs >= 0 else { throw SpecError("epochs", "must be at least 0, got \(epochs)") }
    if let s = json["steps_per_epoch"], s != .null {
      stepsPerEpoch = try SchedulerArguments.int(s, at: "steps_per_epoch")
      guard stepsPerEpoch >= 1 else { throw SpecError("steps_per_epoch", "must be at least 1, got \(stepsPerEpoch)") }
    } else {
      stepsPerEpoch = 1
    }
    switch json["interval"] {
    case nil, .null?: interval = .epoch
    case .string(let s)?:
      guard let i = Interval(rawValue: s) else {
        throw SpecError("interval", "must be \"epoch\" or \"step\", got \"\(s)\"")
      }
      interval = i
    case let v?: throw SpecError("interval", "must be \"epoch\" or \"step\", got \(v.typeName)")
    }
    if interval == .step {
      let (rows, overflow) = epochs.multipliedReportingOverflow(by: stepsPerEpoch)
      guard !overflow, rows <= Self.maximumRows else {
        throw SpecError("steps_per_epoch", "epochs × steps_per_epoch is more than \(Self.maximumRows) steps")
      }
    } else if epochs > Self.maximumRows {
      throw SpecError("epochs", "more than \(Self.maximumRows) steps")
    }
    guard let o = json["optimizer"] else { throw SpecError("optimizer", "missing, e.g. {\"type\": \"SGD\", \"lr\": 0.1}") }
    optimizer = try OptimizerSpec(o)
    guard let s = json["scheduler"] else { throw SpecError("scheduler", "missing: an object with a \"type\" (`lrsched list` names them) and its arguments") }
    guard case .object = s else { throw SpecError("scheduler", "must be an object with a \"type\", got \(s.typeName)") }
    scheduler = s
    switch json["metrics"] {
    case nil, .null?: metrics = nil
    case .array(let items)?:
      var m: [Double] = []
      m.reserveCapacity(items.count)
      for (i, item) in items.enumerated() {
        guard case .number(let n) = item else { throw SpecError("metrics[\(i)]", "must be a number, got \(item.typeName)") }
        m.append(n.double)
      }
      metrics = m
    case let v?: throw SpecError("metrics", "must be a list of numbers, got \(v.typeName)")
    }
    switch json["name"] {
    case nil, .null?: name = nil
    case .string(let s)?: name = s
    case let v?: throw SpecError("name", "must be a string, got \(v.typeName)")
    }
    switch json["record_momentum"] {
    case nil, .null?: recordMomentum = false
    case .bool(let b)?: recordMomentum = b
    case let v?: throw SpecError("record_momentum", "must be true or false, got \(v.typeName)")
    }
    switch json["train"] {
    case nil, .null?: train = nil
    case let v?: train = try TrainSpec(v)
    }
    ignoredLintRules = try Self.ignoredLintRules(json["lint"])
  }

  /// The rules a `lint` section ignores: `{"ignore": ["LR004", ...]}`, each a known code.
  private static func ignoredLintRules(_ lint: JSONValue?) throws(SpecError) -> Set<LintRule> {
    guard let lint, lint != .null else { return [] }
    guard case .object(let members) = lint else { throw SpecError("lint", "must be an object such as {\"ignore\": [\"LR004\"]}, got \(lint.typeName)") }
    for (key, _) in members where key != "ignore" {
      throw SpecError("lint.\(key)", "unknown key\(Suggestion.hint(for: key, in: ["ignore"]))")
    }
    guard let ignore = lint["ignore"], ignore != .null else { return [] }
    guard case .array(let items) = ignore else { throw SpecError("lint.ignore", "must be a list of rule codes such as [\"LR004\"], got \(ignore.typeName)") }
    var rules: Set<LintRule> = []
    for (i, item) in items.enumerated() {
      guard case .string(let code) = item, let rule = LintRule(rawValue: code) else {
        let codes = LintRule.allCases.map(\.rawValue)
        let given = if case .string(let code) = item { "'\(code)'\(Suggestion.hint(for: code, in: codes))" } else { item.typeName }
        throw SpecError("lint.ignore[\(i)]", "must be a rule code (LR000 to \(codes.last ?? "")), got \(given)")
      }
      rules.insert(rule)
    }
    return rules
  }

  /// Parses and validates spec text; `baseDirectory` is the spec file's directory.
  public init(text: String, baseDirectory: String? = nil) throws(SpecError) {
    let json: JSONValue
    do {
      json = try JSONParser.parse(text)
    } catch {
      throw SpecError("", "not valid JSON: \(error)")
    }
    try self.init(json: json, baseDirectory: baseDirectory)
  }

  /// The run's length and stepping.
  public var shape: RunShape { RunShape(epochs: epochs, stepsPerEpoch: stepsPerEpoch, interval: interval) }

  /// The number of rows (scheduler steps).
  public var rows: Int { shape.rows }

  /// Whether the spec's `lint.ignore` turns `finding` off; an LR000 (the schedule fails) never is.
  public func ignores(_ finding: LintFinding) -> Bool {
    finding.rule != .scheduleFails && ignoredLintRules.contains(finding.rule)
  }
}
