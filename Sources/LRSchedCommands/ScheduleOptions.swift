import ArgumentParser
import LRSchedConfigs
import LRSchedCore
import LRSchedOutput

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
    name: .customLong("from-deepspeed"),
    help: ArgumentHelp(
      "A DeepSpeed ds_config.json: its optimizer and scheduler as the engine builds them, stepped after every optimizer step. Give the run with --epochs and --steps-per-epoch (batches per epoch).",
      valueName: "file"))
  var fromDeepSpeed: String?

  @Option(
    name: .customLong("dataset-size"),
    help: ArgumentHelp("Training examples, for --from-hf and --from-timm: the batches per epoch follow as the framework's data loader makes them.", valueName: "n"))
  var datasetSize: Int?

  @Option(help: ArgumentHelp("Data-parallel processes (GPUs) for --from-hf and --from-timm (default 1).", valueName: "n"))
  var devices: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A scheduler: a library name (\(TorchExamples.listedName); `lrsched list` shows them all), a short alias (cosine, step, onecycle, ...), or a constructor call pasted from Python, e.g. \"\(TorchExamples.perBatchCall)\". Repeatable for plot.",
      valueName: "name-or-call"))
  var scheduler: [String] = []

  @Option(help: "Epochs to simulate (default 100 without a spec).")
  var epochs: Int?

  @Option(
    name: .customLong("steps-per-epoch"),
    help: "Batches per epoch. With --from-hf, --from-timm or a Lightning config, the training data loader's length on one device, from which gradient accumulation gives the optimizer steps.")
  var stepsPerEpoch: Int?

  @Option(help: ArgumentHelp("How often scheduler.step() runs: epoch or step.", valueName: "epoch|step"))
  var interval: Interval?

  @Option(help: "The optimizer's learning rate (default 0.1 without a spec).")
  var lr: Double?

  @Option(help: ArgumentHelp("The dummy optimizer: SGD, Adam or AdamW.", valueName: "name"))
  var optimizer: OptimizerKind?

  @Option(help: "SGD's momentum.")
  var momentum: Double?

  @Option(
    name: .customLong("param"),
    help: ArgumentHelp(
      "A scheduler argument as KEY=VALUE, the value in JSON or as Python writes it (milestones=[30,60,90], three_phase=True, gamma=1/3) or a bare string (mode=triangular2). Repeatable.",
      valueName: "key=value"))
  var params: [String] = []

  @Option(name: .customLong("warmup-steps"), help: "Put a linear warmup of this many scheduler steps in front of the scheduler.")
  var warmupSteps: Int?

  @Option(name: .customLong("warmup-epochs"), help: "Put a linear warmup of this many epochs in front of the scheduler.")
  var warmupEpochs: Int?

  @Flag(name: .customLong("print-spec"), help: "Print the fully resolved spec as JSON and exit.")
  var printSpec = false

  @Flag(
    name: .customLong("allow-outside-paths"),
    help: "Let files named inside a spec (expect[].golden, train.data) be absolute or outside the spec's folder.")
  var allowOutsidePaths = false

  func validate() throws {
    if allowOutsidePaths { SpecPaths.allowOutside() }
    if warmupSteps != nil && warmupEpochs != nil { throw ValidationError("give --warmup-steps or --warmup-epochs, not both") }
    if let w = warmupSteps ?? warmupEpochs, !(1...1_000_000_000).contains(w) {
      throw ValidationError("--warmup-steps/--warmup-epochs must be between 1 and 10^9, got \(w)")
    }
    if let epochs, epochs < 1 { throw ValidationError("--epochs must be at least 1, got \(epochs)") }
    if let stepsPerEpoch, stepsPerEpoch < 1 { throw ValidationError("--steps-per-epoch must be at least 1, got \(stepsPerEpoch)") }
    if let lr, !(lr.isFinite && lr >= 0) { throw ValidationError("--lr must be a finite number >= 0, got \(lr)") }
    if let momentum, !(momentum.isFinite && momentum >= 0) { throw ValidationError("--momentum must be a finite number >= 0") }
    for p in params where !p.contains("=") {
      throw ValidationError("--param takes KEY=VALUE, got '\(p)'")
    }
    if [fromHF, fromTimm, fromDeepSpeed].compactMap({ $0 }).count > 1 {
      throw ValidationError("give one of --from-hf, --from-timm and --from-deepspeed")
    }
    if configFile != nil && !spec.isEmpty {
      throw ValidationError("give either --spec or --\(configFlag), not both")
    }
    if let datasetSize, datasetSize < 1 { throw ValidationError("--dataset-size must be at least 1, got \(datasetSize)") }
    if let devices, devices < 1 { throw ValidationError("--devices must be at least 1, got \(devices)") }
    if configFile == nil && (datasetSize != nil || devices != nil) {
      throw ValidationError("--dataset-size and --devices describe the data of --from-hf or --from-timm")
    }
    if datasetSize != nil && stepsPerEpoch != nil {
      throw ValidationError("give either --dataset-size or --steps-per-epoch: each sets the batches per epoch")
    }
  }

  /// The `--from-hf`, `--from-timm` or `--from-deepspeed` file, if any.
  var configFile: String? { fromHF ?? fromTimm ?? fromDeepSpeed }

  /// The flag naming `configFile`, without its dashes.
  private var configFlag: String { fromHF != nil ? "from-hf" : fromTimm != nil ? "from-timm" : "from-deepspeed" }

  /// What the config readers need to know about the data, from the flags.
  var hints: RunHints {
    RunHints(batchesPerEpoch: stepsPerEpoch, datasetSize: datasetSize, devices: devices)
  }

  /// What the flags override in every spec.
  var overrides: RunOverrides {
    RunOverrides(
      epochs: epochs, stepsPerEpoch: stepsPerEpoch, interval: interval,
      optimizer: OptimizerOverrides(kind: optimizer, lr: lr, momentum: momentum), params: params,
      warmupSteps: warmupSteps, warmupEpochs: warmupEpochs)
  }

  /// The requests to resolve: one per `--spec`, or one per `--scheduler`, flags applied to each.
  func requests() throws -> [ScheduleRequest] {
    let choices = try scheduler.map(Self.choice)
    if let file = configFile {
      guard choices.count <= 1 else {
        throw Failure(.invalidInput, "with --\(configFlag), give at most one --scheduler (it replaces the config's scheduler)")
      }
      let source: ScheduleSource = fromHF != nil ? .huggingFace(file) : fromTimm != nil ? .timm(file) : .deepSpeed(file)
      return [ScheduleRequest(source: source, scheduler: choices.first, overrides: overrides, hints: hints)]
    }
    if spec.isEmpty {
      guard !choices.isEmpty else {
        throw Failure(.invalidInput, "no schedule given: pass --spec FILE or --scheduler NAME (see `lrsched list`)")
      }
      return choices.map { ScheduleRequest(source: .flags, scheduler: $0, overrides: overrides, hints: hints) }
    }
    guard choices.count <= 1 else {
      throw Failure(.invalidInput, "with --spec, give at most one --scheduler (it replaces each spec's scheduler)")
    }
    return spec.map { ScheduleRequest(source: .spec($0), scheduler: choices.first, overrides: overrides, hints: hints) }
  }

  /// A `--scheduler` value: a pasted Python call parsed into a spec object, or a name.
  private static func choice(_ flag: String) throws -> SchedulerChoice {
    PythonCallParser.isCall(flag) ? .object(try PythonCallParser.parse(flag)) : .name(flag)
  }

  /// The specs to run.
  func resolveAll() throws -> [RunSpec] {
    if spec.filter({ $0 == "-" }).count > 1 {
      throw Failure(.invalidInput, "--spec -: standard input can be read only once; give - to one --spec and files to the others")
    }
    return try requests().map { try SpecResolver.resolve($0) }
  }

  /// How messages name each spec `resolveAll()` returns, in order: its file or `--from-*` flag;
  /// `nil` for flags alone.
  func sources() throws -> [String?] {
    try requests().map(\.source.label)
  }

  /// The one spec to run.
  func resolveOne() throws -> RunSpec {
    if spec.count > 1 || scheduler.count > 1 || (configFile != nil && !spec.isEmpty) {
      throw Failure(.invalidInput, "this command takes one schedule: at most one --spec and one --scheduler")
    }
    return try resolveAll()[0]
  }

  /// With `--print-spec`, prints each spec as JSON (through the checked writer) and returns true:
  /// the command then stops.
  func printsSpecs(_ specs: @autoclosure () throws -> [RunSpec]) throws -> Bool {
    guard printSpec else { return false }
    for s in try specs() { try OutputSink.printToStandardOutput(JSONWriter.format(s.json) + "\n") }
    return true
  }
}
