import LRSchedCore

/// Turns a `ScheduleRequest` into a `RunSpec`: reads the source, applies the flags over it (flags
/// win), fills the arguments the run implies for a scheduler named by flag (`RunDefaults`), and
/// puts a requested warmup in front (`WarmupWrapper`).
///
/// A scheduler named by flag that its library steps after every batch
/// (`SchedulerNode.stepsPerBatch`) runs with `"interval": "step"` unless the source or
/// `--interval` sets the interval.
///
/// Errors name their source: `run.json: scheduler.T_max: ...`, `--from-hf args.json: ...`.
public enum SpecResolver {
  /// The largest spec file or standard input read, in bytes.
  public static let sizeLimit = 64 << 20
  /// The run length when neither a spec nor a flag gives one.
  public static let defaultEpochs = 100
  /// The optimizer when neither a spec nor a flag gives one.
  public static let defaultOptimizer: JSONValue = .object([("type", .string("SGD")), ("lr", .number(JSONNumber(0.1)))])

  /// The spec `request` asks for.
  public static func resolve(_ request: ScheduleRequest) throws(SpecError) -> RunSpec {
    let source = request.source
    var (doc, stepsPerEpochRead) = try document(source, hints: request.hints)
    let o = request.overrides
    if let epochs = o.epochs { doc = doc.setting("epochs", to: .number(JSONNumber(epochs))) }
    if doc["epochs"] == nil && source == .flags { doc = doc.setting("epochs", to: .number(JSONNumber(defaultEpochs))) }
    if let s = o.stepsPerEpoch, !stepsPerEpochRead { doc = doc.setting("steps_per_epoch", to: .number(JSONNumber(s))) }
    if let interval = o.interval { doc = doc.setting("interval", to: .string(interval.rawValue)) }
    if let optimizer = doc["optimizer"] ?? (source == .flags ? defaultOptimizer : nil) {
      doc = doc.setting("optimizer", to: o.optimizer.applied(to: optimizer))
    }

    var scheduler = doc["scheduler"]
    switch request.scheduler {
    case nil: break
    case .object(let object): scheduler = object
    case .name(let name):
      guard let d = SchedulerCatalog.lookup(name) else {
        throw SpecError(
          "--scheduler", "unknown scheduler '\(name)'\(Suggestion.hint(for: name, in: SchedulerCatalog.names)); `lrsched list` shows them all")
      }
      if case .string(let t)? = scheduler?["type"], SchedulerCatalog.lookup(t)?.qualifiedName == d.qualifiedName {
        scheduler = scheduler?.setting("type", to: .string(d.name))
      } else {
        scheduler = .object([("type", .string(d.name))])
      }
    }
    if !o.params.isEmpty {
      guard var s = scheduler else { throw SpecError("--param", "needs a scheduler (--spec or --scheduler)") }
      for p in o.params { s = try setting(p, in: s) }
      scheduler = s
    }
    if request.scheduler != nil, o.interval == nil, doc["interval"] == nil, let s = scheduler,
      SchedulerNode(s, span: 0).stepsPerBatch
    {
      doc = doc.setting("interval", to: .string(Interval.step.rawValue))
    }
    let shape: RunShape?
    do {
      shape = try runShape(doc)
    } catch {
      throw sourced(error, source)
    }
    if var s = scheduler {
      if request.scheduler != nil, let shape {
        let lr = doc["optimizer"]?["lr"].flatMap { v -> Double? in if case .number(let n) = v { n.double } else { nil } } ?? 0.1
        let warmup = try o.warmupLength(interval: shape.interval, stepsPerEpoch: shape.stepsPerEpoch) ?? 0
        s = RunDefaults.fill(s, rows: shape.rows - warmup, lr: lr).0
      }
      let interval = shape?.interval ?? interval(of: doc)
      let stepsPerEpoch = shape?.stepsPerEpoch ?? stepsPerEpoch(of: doc)
      if let steps = try o.warmupLength(interval: interval, stepsPerEpoch: stepsPerEpoch) {
        s = try WarmupWrapper.wrap(s, steps: steps)
      }
      doc = doc.setting("scheduler", to: s)
    }
    do {
      return try RunSpec(json: doc, baseDirectory: source.baseDirectory)
    } catch {
      throw sourced(error, source)
    }
  }

  /// The source's document, and whether it fixes the steps per epoch itself (a framework config).
  static func document(_ source: ScheduleSource, hints: RunHints) throws(SpecError) -> (JSONValue, Bool) {
    switch source {
    case .flags:
      return (.object([]), false)
    case .spec(let path):
      let loaded = try load(path, hints: hints)
      guard case .object = loaded.json else {
        throw SpecError(source.label ?? path, "a spec must be a JSON object, got \(loaded.json.typeName)")
      }
      return (loaded.json, loaded.source == .lightning)
    case .deepSpeed(let path):
      let text = try read(path, label: source.label ?? path)
      do {
        return (try DeepSpeedConfig.spec(text: text, name: path, hints: hints), true)
      } catch {
        throw sourced(error, source)
      }
    case .huggingFace(let path), .timm(let path):
      let label = source.label ?? path
      let text = try read(path, label: label)
      if case .huggingFace = source, path.hasSuffix(".bin") || text.hasPrefix("\u{FFFD}") {
        throw SpecError(
          label,
          "a pickled TrainingArguments (training_args.bin); write it as JSON first: python3 -c \"import torch; print(torch.load('\(path)', weights_only=False).to_json_string())\" > training_args.json")
      }
      do {
        if case .huggingFace = source { return (try HuggingFaceTrainer.run(text: text, name: path, hints: hints).spec, true) }
        return (try TimmTrainConfig.run(text: text, name: path, hints: hints).spec, true)
      } catch {
        throw sourced(error, source)
      }
    }
  }

  /// A spec file (`-` for standard input), JSON or YAML, a LightningCLI config converted.
  public static func load(_ path: String, hints: RunHints = RunHints()) throws(SpecError) -> LoadedSpec {
    let label = path == "-" ? "standard input" : path
    let text = try read(path, label: label)
    do {
      return try SpecLoader.load(text, name: path, hints: hints)
    } catch {
      throw sourced(error, .spec(path))
    }
  }

  /// The text of `path` (`-`: standard input), at most `sizeLimit` bytes.
  private static func read(_ path: String, label: String) throws(SpecError) -> String {
    do {
      return try FileByteSource.readText(path, limit: sizeLimit, dashIsStandardInput: true)
    } catch {
      throw SpecError(label, error.reason)
    }
  }

  /// `scheduler` with `--param KEY=VALUE` set; the value is JSON, else a Python literal or
  /// constant expression as in a pasted call, else the text as a string. Refused: a value that
  /// opens a JSON list or object but is not one (the JSON error is reported), and numbers separated
  /// by commas without brackets (the bracketed list is suggested).
  static func setting(_ param: String, in scheduler: JSONValue) throws(SpecError) -> JSONValue {
    guard let eq = param.firstIndex(of: "=") else { throw SpecError("--param", "takes KEY=VALUE, got '\(param)'") }
    let key = String(param[..<eq].drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    let raw = String(param[param.index(after: eq)...])
    guard !key.isEmpty, key != "type" else { throw SpecError("--param \(param)", "give a scheduler argument name before '='") }
    let json: Result<JSONValue, JSONParseError> = Result { () throws(JSONParseError) in try JSONParser.parse(raw) }
    if case .success(let value) = json { return scheduler.setting(key, to: value) }
    if let value = PythonCallParser.value(raw) { return scheduler.setting(key, to: value) }
    let trimmed = raw.trimmingSpaces
    if case .failure(let error) = json, trimmed.hasPrefix("[") || trimmed.hasPrefix("{") {
      throw SpecError("--param \(key)", "not valid JSON: \(error)")
    }
    let parts = raw.split(separator: ",", omittingEmptySubsequences: false)
    if parts.count > 1, parts.allSatisfy({ part -> Bool in
      if case .number? = try? JSONParser.parse(String(part)) { return true }
      return false
    }) {
      let list = parts.map { $0.trimmingSpaces }.joined(separator: ",")
      throw SpecError("--param \(key)", "a list is written in brackets: --param \(key)=[\(list)]")
    }
    return scheduler.setting(key, to: .string(raw))
  }

  /// The run's shape when the document gives a usable one; a run of more steps than `RunSpec`
  /// allows is refused as `RunSpec` refuses it.
  private static func runShape(_ doc: JSONValue) throws(SpecError) -> RunShape? {
    guard case .number(let e)? = doc["epochs"], let epochs = e.int, epochs > 0 else { return nil }
    let spe = stepsPerEpoch(of: doc)
    guard spe > 0 else { return nil }
    let interval = interval(of: doc)
    if interval == .step {
      let (rows, overflow) = epochs.multipliedReportingOverflow(by: spe)
      guard !overflow, rows <= RunSpec.maximumRows else {
        throw SpecError("steps_per_epoch", "epochs × steps_per_epoch is more than \(RunSpec.maximumRows) steps")
      }
    }
    return RunShape(epochs: epochs, stepsPerEpoch: spe, interval: interval)
  }

  private static func interval(of doc: JSONValue) -> Interval {
    if case .string(let s)? = doc["interval"], let i = Interval(rawValue: s) { return i }
    return .epoch
  }

  private static func stepsPerEpoch(of doc: JSONValue) -> Int {
    if case .number(let n)? = doc["steps_per_epoch"], let i = n.int { return i }
    return 1
  }

  /// `error` prefixed with where the spec came from.
  static func sourced(_ error: SpecError, _ source: ScheduleSource) -> SpecError {
    guard let label = source.label else { return error }
    return SpecError(error.path.isEmpty ? label : "\(label): \(error.path)", error.message)
  }
}
