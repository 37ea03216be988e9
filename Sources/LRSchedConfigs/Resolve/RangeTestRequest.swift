import LRSchedCore

/// An LR range test as the command line asks for it: a recorded log to read, or the toy problem
/// (a spec's `train` and `optimizer` sections, with flags over them) to run; the ramp; and how
/// much of the curve the suggestions skip.
public struct RangeTestRequest: Sendable {
  /// A recorded test: a CSV with `lr` and `loss` columns. The toy-problem fields do not apply.
  public var log: String?
  /// A spec whose `train` and `optimizer` sections set up the toy problem (`-`: standard input).
  public var spec: String?
  /// The `train` section's keys set by flags (`samples`, `seed`, `batch_size`, ...).
  public var train: [(key: String, value: JSONValue)]
  /// A training data CSV instead of the spec's or synthetic data.
  public var data: String?
  public var optimizer: OptimizerOverrides
  public var settings: RangeTestSettings
  public var skipStart: Int
  public var skipEnd: Int

  public init(
    log: String? = nil, spec: String? = nil, train: [(key: String, value: JSONValue)] = [], data: String? = nil,
    optimizer: OptimizerOverrides = OptimizerOverrides(), settings: RangeTestSettings, skipStart: Int = 10, skipEnd: Int = 5
  ) {
    self.log = log
    self.spec = spec
    self.train = train
    self.data = data
    self.optimizer = optimizer
    self.settings = settings
    self.skipStart = skipStart
    self.skipEnd = skipEnd
  }

  /// Runs the test (or reads the log) and takes its suggestions. Errors name the option
  /// (`--start-lr`) or the spec file they concern.
  public func report() throws(SpecError) -> RangeTestReport {
    do {
      try settings.validate()
    } catch {
      throw SpecError("--" + String(error.path.map { $0 == "_" ? "-" : $0 }), error.message)
    }
    let curve: RangeTestCurve
    let source: String
    if let log {
      curve = try RangeTestCurve.read(path: log, smoothing: settings.smoothing, errorPath: "")
      source = log
    } else {
      curve = LRRangeTest.run(trainer: try trainer(), settings: settings)
      source = "\(settings.iterations) iterations from \(DoubleFormat.shortest(settings.startLR)) to \(DoubleFormat.shortest(settings.endLR)) (\(settings.mode.rawValue))"
    }
    let suggestions = LRSuggester.suggestions(lrs: curve.lrs, losses: curve.losses, skipStart: skipStart, skipEnd: skipEnd)
    return RangeTestReport(curve: curve, suggestions: suggestions, source: source)
  }

  /// The toy problem: the spec's sections with the flags applied over them; SGD at the ramp's
  /// first learning rate when nothing says otherwise.
  public func trainer() throws(SpecError) -> Trainer {
    var doc: JSONValue = .object([])
    var base: String?
    let source: ScheduleSource = spec.map { .spec($0) } ?? .flags
    if let spec {
      doc = try SpecResolver.load(spec).json
      guard case .object = doc else {
        throw SpecError(source.label ?? spec, "a spec must be a JSON object, got \(doc.typeName)")
      }
      base = source.baseDirectory
    }
    var train = doc["train"] ?? .object([])
    if let data {
      train = train.removing("samples").removing("features").setting("data", to: .string(data))
      base = nil
    }
    for (key, value) in self.train { train = train.setting(key, to: value) }
    var opt = optimizer.applied(to: doc["optimizer"] ?? .object([("type", .string(OptimizerKind.sgd.rawValue))]))
    if opt["lr"] == nil { opt = opt.setting("lr", to: .number(JSONNumber(settings.startLR))) }
    do {
      return try Trainer.make(train: TrainSpec(train), optimizer: OptimizerSpec(opt), baseDirectory: base)
    } catch {
      throw SpecResolver.sourced(error, source)
    }
  }
}
