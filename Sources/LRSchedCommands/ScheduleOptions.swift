import ArgumentParser
import LRSchedConfigs
import LRSchedCore

#if canImport(Glibc)
import Glibc
#endif

/// The options that say which schedule to run: a spec file and/or flags, flags winning.
struct ScheduleOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A spec file in JSON or YAML (.json, .yaml, .yml; a LightningCLI config.yaml works too), or - for standard input, JSON or YAML by its content (repeatable for plot).",
      valueName: "file"))
  var spec: [String] = []

  @Option(
    name: .customLong("from-hf"),
    help: ArgumentHelp(
      "A Hugging Face TrainingArguments JSON (training_args.to_json_string(), or an object with it under \"args\"): the schedule the Trainer runs. Give the data with --dataset-size or --steps-per-epoch unless it sets max_steps.",
      valueName: "file"))
  var fromHF: String?

  @Option(
    name: .customLong("from-timm"),
    help: ArgumentHelp(
      "The args.yaml timm's train.py saves: the scheduler create_scheduler_v2 builds, over the epochs it returns.",
      valueName: "file"))
  var fromTimm: String?

  @Option(
    name: .customLong("dataset-size"),
    help: ArgumentHelp("Training examples, for --from-hf and --from-timm: the batches per epoch follow as the framework's data loader makes them.", valueName: "n"))
  var datasetSize: Int?

  @Option(help: ArgumentHelp("Data-parallel processes (GPUs) for --from-hf and --from-timm (default 1).", valueName: "n"))
  var devices: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A scheduler: a library name (CosineAnnealingLR, get_wsd_schedule, optax.sgdr_schedule), a short alias (cosine, step, onecycle, ...), or a constructor call pasted from Python, e.g. \"OneCycleLR(optimizer, max_lr=0.1, total_steps=1000)\". Repeatable for plot.",
      valueName: "name-or-call"))
  var scheduler: [String] = []

  @Option(help: "Epochs to simulate (default 100 without a spec).")
  var epochs: Int?

  @Option(
    name: .customLong("steps-per-epoch"),
    help: "Batches per epoch. With --from-hf, --from-timm or a Lightning config, the training data loader's length on one device, from which gradient accumulation gives the optimizer steps.")
  var stepsPerEpoch: Int?

  @Option(help: ArgumentHelp("How often scheduler.step() runs: epoch or step.", valueName: "epoch|step"))
  var interval: String?

  @Option(help: "The optimizer's learning rate (default 0.1 without a spec).")
  var lr: Double?

  @Option(help: ArgumentHelp("The dummy optimizer: SGD, Adam or AdamW.", valueName: "name"))
  var optimizer: String?

  @Option(help: "SGD's momentum.")
  var momentum: Double?

  @Option(
    name: .customLong("param"),
    help: ArgumentHelp(
      "A scheduler argument as KEY=VALUE, the value in JSON (milestones=[30,60,90]) or a bare string (mode=triangular2). Repeatable.",
      valueName: "key=value"))
  var params: [String] = []

  @Option(name: .customLong("warmup-steps"), help: "Put a linear warmup of this many scheduler steps in front of the scheduler.")
  var warmupSteps: Int?

  @Option(name: .customLong("warmup-epochs"), help: "Put a linear warmup of this many epochs in front of the scheduler.")
  var warmupEpochs: Int?

  @Flag(name: .customLong("print-spec"), help: "Print the fully resolved spec as JSON and exit.")
  var printSpec = false

  /// The warmup's length in scheduler steps, from `--warmup-steps` or `--warmup-epochs`.
  private func warmupLength(interval: Interval, stepsPerEpoch: Int) throws -> Int? {
    if let warmupSteps { return warmupSteps }
    guard let warmupEpochs else { return nil }
    guard interval == .step else { return warmupEpochs }
    let (steps, overflow) = warmupEpochs.multipliedReportingOverflow(by: stepsPerEpoch)
    guard !overflow else { throw Failure(.invalidInput, "--warmup-epochs \(warmupEpochs) is too long") }
    return steps
  }

  private static func interval(of doc: JSONValue) -> Interval {
    if case .string(let s)? = doc["interval"], let i = Interval(rawValue: s) { return i }
    return .epoch
  }

  private static func stepsPerEpoch(of doc: JSONValue) -> Int {
    if case .number(let n)? = doc["steps_per_epoch"], let i = n.int { return i }
    return 1
  }

  func validate() throws {
    if warmupSteps != nil && warmupEpochs != nil { throw ValidationError("give --warmup-steps or --warmup-epochs, not both") }
    if let w = warmupSteps ?? warmupEpochs, !(1...1_000_000_000).contains(w) {
      throw ValidationError("--warmup-steps/--warmup-epochs must be between 1 and 10^9, got \(w)")
    }
    if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1, got \(epochs)") }
    if let stepsPerEpoch, stepsPerEpoch < 1 { throw ValidationError("--steps-per-epoch must be at least 1, got \(stepsPerEpoch)") }
    if let interval, Interval(rawValue: interval) == nil {
      throw ValidationError("--interval must be epoch or step, got '\(interval)'")
    }
    if let lr, !(lr.isFinite && lr >= 0) { throw ValidationError("--lr must be a finite number >= 0, got \(lr)") }
    if let momentum, !(momentum.isFinite && momentum >= 0) { throw ValidationError("--momentum must be a finite number >= 0") }
    if let optimizer, OptimizerKind(name: optimizer) == nil {
      throw ValidationError("--optimizer must be SGD, Adam or AdamW, got '\(optimizer)'\(Suggestion.hint(for: optimizer, in: OptimizerKind.allCases.map(\.rawValue)))")
    }
    for p in params where !p.contains("=") {
      throw ValidationError("--param takes KEY=VALUE, got '\(p)'")
    }
    if fromHF != nil && fromTimm != nil { throw ValidationError("give one of --from-hf and --from-timm") }
    if configFile != nil && !spec.isEmpty { throw ValidationError("give either --spec or --\(fromHF != nil ? "from-hf" : "from-timm"), not both") }
    if let datasetSize, datasetSize < 1 { throw ValidationError("--dataset-size must be at least 1, got \(datasetSize)") }
    if let devices, devices < 1 { throw ValidationError("--devices must be at least 1, got \(devices)") }
    if configFile == nil && (datasetSize != nil || devices != nil) {
      throw ValidationError("--dataset-size and --devices describe the data of --from-hf or --from-timm")
    }
    if datasetSize != nil && stepsPerEpoch != nil {
      throw ValidationError("give either --dataset-size or --steps-per-epoch: each sets the batches per epoch")
    }
  }

  /// The `--from-hf` or `--from-timm` file, if any.
  var configFile: String? { fromHF ?? fromTimm }

  /// What the config readers need to know about the data, from the flags.
  var hints: RunHints {
    RunHints(batchesPerEpoch: stepsPerEpoch, datasetSize: datasetSize, devices: devices)
  }

  /// The specs to run: one per `--spec`, or one per `--scheduler`, flags applied to each.
  func resolveAll() throws -> [RunSpec] {
    if configFile != nil {
      if scheduler.count > 1 {
        throw Failure(.invalidInput, "with --\(fromHF != nil ? "from-hf" : "from-timm"), give at most one --scheduler (it replaces the config's scheduler)")
      }
      return [try resolve(file: nil, scheduler: scheduler.first)]
    }
    if spec.isEmpty {
      if scheduler.isEmpty {
        throw Failure(.invalidInput, "no schedule given: pass --spec FILE or --scheduler NAME (see `lrsched list`)")
      }
      return try scheduler.map { try resolve(file: nil, scheduler: $0) }
    }
    if scheduler.count > 1 {
      throw Failure(.invalidInput, "with --spec, give at most one --scheduler (it replaces each spec's scheduler)")
    }
    return try spec.map { try resolve(file: $0, scheduler: scheduler.first) }
  }

  /// The one spec to run.
  func resolveOne() throws -> RunSpec {
    if spec.count > 1 || scheduler.count > 1 || (configFile != nil && !spec.isEmpty) {
      throw Failure(.invalidInput, "this command takes one schedule: at most one --spec and one --scheduler")
    }
    return try resolveAll()[0]
  }

  /// Reads a spec file (`-` for stdin): JSON or YAML, a LightningCLI config converted.
  static func readSpec(_ file: String) throws -> JSONValue {
    try readSpec(file, hints: RunHints()).json
  }

  /// Reads a spec file (`-` for stdin) as `readSpec(_:)` does, with `hints` for a Lightning config.
  static func readSpec(_ file: String, hints: RunHints) throws -> LoadedSpec {
    let text: String
    if file == "-" {
      var bytes: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 65536)
      while true {
        let n = read(STDIN_FILENO, &chunk, chunk.count)
        if n < 0 {
          if errno == EINTR { continue }
          throw Failure(.invalidInput, "cannot read standard input: \(String(cString: strerror(errno)))")
        }
        if n == 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
        if bytes.count > 64 << 20 { throw Failure(.invalidInput, "standard input: a spec larger than 64 MiB") }
      }
      text = String(decoding: bytes, as: UTF8.self)
    } else {
      text = try FileReader.readText(file, limit: 64 << 20)
    }
    do {
      return try SpecLoader.load(text, name: file, hints: hints)
    } catch {
      throw Failure(error, source: file == "-" ? "standard input" : file)
    }
  }

  private func resolve(file specFile: String?, scheduler flag: String?) throws -> RunSpec {
    var doc: JSONValue = .object([])
    var source = specFile.map { $0 == "-" ? "standard input" : $0 }
    var stepsPerEpochRead = false
    if let (path, kind) = fromHF.map({ ($0, ConfigSource.huggingFace) }) ?? fromTimm.map({ ($0, ConfigSource.timm) }) {
      doc = try ConfigFileReader.spec(path, kind: kind, hints: hints)
      source = ConfigFileReader.label(path, kind: kind)
      stepsPerEpochRead = true
    } else if let specFile {
      let loaded = try Self.readSpec(specFile, hints: hints)
      doc = loaded.json
      stepsPerEpochRead = loaded.source == .lightning
      guard case .object = doc else {
        throw Failure(.invalidInput, "\(specFile): a spec must be a JSON object, got \(doc.typeName)")
      }
    }
    let file = source
    if let epochs { doc = doc.setting("epochs", to: .number(JSONNumber(epochs))) }
    if doc["epochs"] == nil && file == nil { doc = doc.setting("epochs", to: .number(JSONNumber(100))) }
    if let stepsPerEpoch, !stepsPerEpochRead { doc = doc.setting("steps_per_epoch", to: .number(JSONNumber(stepsPerEpoch))) }
    if let interval { doc = doc.setting("interval", to: .string(interval)) }

    var opt = doc["optimizer"] ?? (file == nil ? .object([("type", .string("SGD")), ("lr", .number(JSONNumber(0.1)))]) : .null)
    if opt != .null {
      if let optimizer {
        opt = opt.setting("type", to: .string(optimizer))
        if OptimizerKind(name: optimizer)?.usesBetas == true { opt = opt.removing("momentum") }
      }
      if let lr { opt = opt.setting("lr", to: .number(JSONNumber(lr))) }
      if let momentum { opt = opt.setting("momentum", to: .number(JSONNumber(momentum))) }
      doc = doc.setting("optimizer", to: opt)
    }

    var fromFlags = false
    var sched = doc["scheduler"] ?? .null
    if let flag {
      fromFlags = true
      if PythonCallParser.isCall(flag) {
        sched = try PythonCallParser.parse(flag)
      } else {
        guard let d = SchedulerCatalog.lookup(flag) else {
          throw Failure(.invalidInput, "--scheduler: unknown scheduler '\(flag)'\(Suggestion.hint(for: flag, in: SchedulerCatalog.names)); `lrsched list` shows them all")
        }
        if case .string(let t)? = sched["type"], SchedulerCatalog.lookup(t)?.qualifiedName == d.qualifiedName {
          sched = sched.setting("type", to: .string(d.name))
        } else {
          sched = .object([("type", .string(d.name))])
        }
      }
    }
    if !params.isEmpty {
      if sched == .null { throw Failure(.invalidInput, "--param needs a scheduler (--spec or --scheduler)") }
      for p in params {
        guard let eq = p.firstIndex(of: "=") else { continue }
        let key = String(p[..<eq]).trimmingSpaces
        let raw = String(p[p.index(after: eq)...])
        guard !key.isEmpty, key != "type" else { throw Failure(.invalidInput, "--param \(p): give a scheduler argument name before '='") }
        let value = (try? JSONParser.parse(raw)) ?? .string(raw)
        sched = sched.setting(key, to: value)
      }
    }
    if sched != .null { doc = doc.setting("scheduler", to: sched) }

    if fromFlags, case .number(let e)? = doc["epochs"], let epochs = e.int {
      let spe = doc["steps_per_epoch"].flatMap { v -> Int? in if case .number(let n) = v { return n.int } else { return nil } } ?? 1
      let iv = doc["interval"].flatMap { v -> Interval? in if case .string(let s) = v { return Interval(rawValue: s) } else { return nil } } ?? .epoch
      let lrValue = doc["optimizer"]?["lr"].flatMap { v -> Double? in if case .number(let n) = v { return n.double } else { return nil } } ?? 0.1
      if epochs > 0, spe > 0, !epochs.multipliedReportingOverflow(by: spe).overflow {
        let rows = RunShape(epochs: epochs, stepsPerEpoch: spe, interval: iv).rows
        let (filled, _) = RunDefaults.fill(sched, rows: rows - (try warmupLength(interval: iv, stepsPerEpoch: spe) ?? 0), lr: lrValue)
        sched = filled
        doc = doc.setting("scheduler", to: filled)
      }
    }
    if sched != .null, let steps = try warmupLength(interval: Self.interval(of: doc), stepsPerEpoch: Self.stepsPerEpoch(of: doc)) {
      doc = doc.setting("scheduler", to: try WarmupWrapper.wrap(sched, steps: steps))
    }
    let configPath = fromHF ?? fromTimm ?? specFile
    let directory: String? = configPath.flatMap { f in
      guard f != "-" else { return nil }
      guard let slash = f.lastIndex(of: "/") else { return "." }
      return slash == f.startIndex ? "/" : String(f[..<slash])
    }
    do {
      return try RunSpec(json: doc, baseDirectory: directory)
    } catch {
      throw Failure(error, source: file)
    }
  }
}
