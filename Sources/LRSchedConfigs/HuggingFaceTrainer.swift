import LRSchedCore

/// Reads a Hugging Face `TrainingArguments` JSON (as `training_args.to_json_string()` writes it,
/// or an object with the arguments under `"args"`, beside a `trainer_state.json`'s fields) and
/// reproduces transformers 5.24's `Trainer` arithmetic:
///
/// - `len(train_dataloader)`: `--steps-per-epoch`, or from `--dataset-size` as Accelerate shards a
///   `DataLoader(batch_size=per_device_train_batch_size, drop_last=dataloader_drop_last)` over
///   `--devices` processes (`BatchCount.accelerate`);
/// - `num_update_steps_per_epoch = max(ceil(len / gradient_accumulation_steps), 1)`;
/// - `max_steps` if positive, else `ceil(num_train_epochs * num_update_steps_per_epoch)` (a
///   `trainer_state.json`'s `max_steps` stands in when the data is not described);
/// - `get_warmup_steps(max_steps)`: `int(warmup_steps)` when `warmup_steps >= 1`, else
///   `ceil(max_steps * warmup_steps)` (with a transformers 4 `warmup_ratio`: `warmup_steps` if
///   positive, else `ceil(max_steps * warmup_ratio)`);
/// - the scheduler `get_scheduler(lr_scheduler_type, ...)` builds, stepped after every optimizer
///   step; `reduce_lr_on_plateau` and `greedy` step on evaluations, reproduced with
///   `eval_strategy: "epoch"` as one row per epoch.
public enum HuggingFaceTrainer {
  /// `transformers.SchedulerType`'s values.
  public static let schedulerTypes = SchedulerCatalog.configNames(.transformers)
  private static let argumentKeys = [
    "learning_rate", "lr_scheduler_type", "num_train_epochs", "max_steps", "output_dir",
    "per_device_train_batch_size", "gradient_accumulation_steps", "warmup_steps", "warmup_ratio",
  ]

  /// The Trainer's schedule for the JSON (or YAML) document `text`; `name` names the file.
  public static func run(text: String, name: String, hints: RunHints) throws(SpecError) -> HuggingFaceRun {
    try run(from: SpecLoader.document(text, name: name, nonFinite: .asString), hints: hints)
  }

  /// The Trainer's schedule for `doc`.
  public static func run(from doc: JSONValue, hints: RunHints) throws(SpecError) -> HuggingFaceRun {
    let root = try ConfigObject(doc, path: "", what: "a JSON object of TrainingArguments")
    let args: ConfigObject
    var state: ConfigObject?
    if let nested = try root.object("args") {
      args = nested
      state = root
    } else if root.has("log_history") || root.has("global_step") {
      throw SpecError("", "a trainer_state.json does not hold the TrainingArguments: pass training_args.json (TrainingArguments.to_json_string()), or put the arguments under an \"args\" key")
    } else {
      args = root
    }
    guard argumentKeys.contains(where: { args.members.map(\.key).contains($0) }) else {
      throw SpecError(args.path, "does not look like TrainingArguments: none of \(argumentKeys.prefix(4).joined(separator: ", ")), ... is set")
    }

    let lrDefault = JSONNumber(literal: "5e-05") ?? JSONNumber(5e-05)
    let lr = try args.number("learning_rate", default: lrDefault) ?? lrDefault
    try args.require(lr.double >= 0, "learning_rate", "must be at least 0, got \(lr.literal)")
    let type = try args.choice("lr_scheduler_type", in: schedulerTypes, default: "linear")
    guard let descriptor = SchedulerCatalog.configured(.transformers, type) else {
      throw SpecError(args.path("lr_scheduler_type"), "unknown '\(type)'")
    }
    let kwargs = try schedulerKwargs(args)

    let epochsDefault = JSONNumber(3.0)
    let epochs = try args.number("num_train_epochs", default: epochsDefault) ?? epochsDefault
    let maxSteps = try args.int("max_steps", default: -1) ?? -1
    let accumulation = try args.int("gradient_accumulation_steps", default: 1) ?? 1
    try args.require(accumulation >= 1, "gradient_accumulation_steps", "must be at least 1, got \(accumulation)")
    let batchSize = try args.int("per_device_train_batch_size", default: 8) ?? 8
    try args.require(batchSize >= 1, "per_device_train_batch_size", "must be at least 1, got \(batchSize)")
    let dropLast = try args.bool("dataloader_drop_last", default: false)
    let splitBatches = try acceleratorSplitBatches(args)

    var batches = hints.batchesPerEpoch
    if batches == nil, let size = hints.datasetSize {
      batches = BatchCount.accelerate(
        size: size, batch: batchSize, devices: hints.devices ?? 1, dropLast: dropLast, splitBatches: splitBatches)
    }

    var updatesPerEpoch: Int?
    var total: Int
    var trainEpochs: Int?
    if let batches {
      let perEpoch = max(BatchCount.ceilDiv(batches, accumulation), 1)
      updatesPerEpoch = perEpoch
      if maxSteps > 0 {
        total = maxSteps
        trainEpochs = BatchCount.ceilDiv(total, perEpoch)
      } else {
        guard batches > 0 else {
          throw SpecError(args.path("max_steps"), "ValueError: args.max_steps must be set to a positive value if dataloader does not have a length, was \(maxSteps)")
        }
        total = try epochSteps(epochs, perEpoch: perEpoch, at: args.path("num_train_epochs"))
        trainEpochs = Int(epochs.double.rounded(.up))
      }
    } else if maxSteps > 0 {
      total = maxSteps
    } else if let stateSteps = try state?.int("max_steps"), stateSteps > 0 {
      total = stateSteps
      trainEpochs = try state?.int("num_train_epochs")
    } else {
      throw SpecError(
        args.path("num_train_epochs"),
        "the Trainer's step count depends on the data: pass --dataset-size N (training examples, with --devices N for several GPUs) or --steps-per-epoch N (batches per epoch on one device), or set max_steps")
    }
    guard total >= 1 else { throw SpecError(args.path("num_train_epochs"), "the Trainer would run no optimizer step") }
    guard total <= RunSpec.maximumRows else {
      throw SpecError(args.path("num_train_epochs"), "the Trainer would run \(total) optimizer steps, more than \(RunSpec.maximumRows)")
    }
    let warmup = try warmupSteps(args, total: total)

    var scheduler: [(key: String, value: JSONValue)] = [
      ("type", .string(descriptor.name)),
      ("num_warmup_steps", .number(JSONNumber(warmup))),
      ("num_training_steps", .number(JSONNumber(total))),
    ]
    if !kwargs.isEmpty { scheduler.append(("scheduler_specific_kwargs", .object(kwargs))) }

    var members: [(key: String, value: JSONValue)]
    if descriptor.traits.contains(.metricDriven) {
      var strategy = "no"
      if let s = try args.string("eval_strategy") {
        strategy = s
      } else if let s = try args.string("evaluation_strategy") {
        strategy = s
      }
      guard strategy == "epoch" else {
        throw SpecError(
          args.path("eval_strategy"),
          strategy == "no"
            ? "ValueError: lr_scheduler_type \(type) requires an eval strategy"
            : "\(type) steps on each evaluation; lrsched reproduces it with eval_strategy \"epoch\" (one row per epoch), not \"\(strategy)\"")
      }
      guard let trainEpochs, trainEpochs >= 1 else {
        throw SpecError(args.path("num_train_epochs"), "\(type) steps once per epoch: pass --dataset-size N or --steps-per-epoch N so lrsched can count the epochs")
      }
      members = [("epochs", .number(JSONNumber(trainEpochs))), ("interval", .string("epoch"))]
    } else {
      members = StepLayout(total: total, perEpoch: updatesPerEpoch ?? total).members
    }
    members.append(("optimizer", try optimizer(args, lr: lr)))
    members.append(("scheduler", .object(scheduler)))
    return HuggingFaceRun(
      spec: .object(members), schedulerType: type, batchesPerEpoch: batches, updatesPerEpoch: updatesPerEpoch,
      totalSteps: total, warmupSteps: warmup, trainEpochs: trainEpochs)
  }

  /// `math.ceil(num_train_epochs * num_update_steps_per_epoch)`: integer for an integer
  /// `num_train_epochs`, else the float product rounded up.
  private static func epochSteps(_ epochs: JSONNumber, perEpoch: Int, at path: String) throws(SpecError) -> Int {
    guard epochs.double > 0 else { throw SpecError(path, "must be positive (or set max_steps), got \(epochs.literal)") }
    if let e = epochs.int {
      let (t, overflow) = e.multipliedReportingOverflow(by: perEpoch)
      guard !overflow else { throw SpecError(path, "\(epochs.literal) epochs of \(perEpoch) steps is too many steps") }
      return t
    }
    let product = (epochs.double * Double(perEpoch)).rounded(.up)
    guard product <= Double(RunSpec.maximumRows) else {
      throw SpecError(path, "\(epochs.literal) epochs of \(perEpoch) steps is more than \(RunSpec.maximumRows) steps")
    }
    return Int(product)
  }

  /// `args.get_warmup_steps(total)`.
  private static func warmupSteps(_ args: ConfigObject, total: Int) throws(SpecError) -> Int {
    let zero = JSONNumber(0)
    let steps = try args.number("warmup_steps", default: zero) ?? zero
    try args.require(steps.double >= 0, "warmup_steps", "ValueError: Got warmup_steps = \(steps.literal), Expected value warmup_steps >= 0")
    guard steps.double < 1e15 else { throw SpecError(args.path("warmup_steps"), "is too large: \(steps.literal)") }
    if let ratio = try args.number("warmup_ratio") {
      try args.require(ratio.double >= 0 && ratio.double <= 1, "warmup_ratio", "must be in [0, 1], got \(ratio.literal)")
      if steps.double > 0 { return Int(steps.double) }
      return Int((Double(total) * ratio.double).rounded(.up))
    }
    if steps.double >= 1 { return steps.int ?? Int(steps.double) }
    return Int((Double(total) * steps.double).rounded(.up))
  }

  /// `lr_scheduler_kwargs`: an object, or the JSON text of one (as the command line passes it).
  private static func schedulerKwargs(_ args: ConfigObject) throws(SpecError) -> [(key: String, value: JSONValue)] {
    let path = args.path("lr_scheduler_kwargs")
    switch args.value("lr_scheduler_kwargs") {
    case nil: return []
    case .object(let members)?: return members
    case .string(let text)?:
      if text.allSatisfy(\.isWhitespace) { return [] }
      guard case .object(let members)? = try? JSONParser.parse(text) else {
        throw SpecError(path, "must be an object of the scheduler's keyword arguments, got the text '\(text)'")
      }
      return members
    case let v?:
      throw SpecError(path, "must be an object of the scheduler's keyword arguments, got \(v.typeName)")
    }
  }

  /// `accelerator_config.split_batches` (an object, or its JSON text).
  private static func acceleratorSplitBatches(_ args: ConfigObject) throws(SpecError) -> Bool {
    var config = args.value("accelerator_config")
    if case .string(let text)? = config { config = try? JSONParser.parse(text) }
    guard let config, case .object = config else { return false }
    return try ConfigObject(config, path: args.path("accelerator_config")).bool("split_batches", default: false)
  }

  /// The optimizer `optim` names: AdamW (all of transformers' Adam variants decouple weight
  /// decay) with `adam_beta1`, `adam_beta2`, `adam_epsilon`; SGD for `sgd`; `weight_decay`.
  private static func optimizer(_ args: ConfigObject, lr: JSONNumber) throws(SpecError) -> JSONValue {
    let name = try args.string("optim", default: "adamw_torch_fused") ?? "adamw_torch_fused"
    var kind = DummyOptimizer.kind(forName: name)
    if kind == .adam { kind = .adamW }
    var o = DummyOptimizer(kind: kind, lr: lr)
    let wdDefault = JSONNumber(0.0)
    o.weightDecay = try args.number("weight_decay", default: wdDefault)
    try args.require((o.weightDecay?.double ?? 0) >= 0, "weight_decay", "must be at least 0, got \(o.weightDecay?.literal ?? "")")
    if kind.usesBetas {
      let b1Default = JSONNumber(0.9)
      let b2Default = JSONNumber(0.999)
      let b1 = try args.number("adam_beta1", default: b1Default) ?? b1Default
      let b2 = try args.number("adam_beta2", default: b2Default) ?? b2Default
      try args.require((0..<1).contains(b1.double), "adam_beta1", "Invalid beta parameter at index 0: \(b1.literal)")
      try args.require((0..<1).contains(b2.double), "adam_beta2", "Invalid beta parameter at index 1: \(b2.literal)")
      o.betas = (b1, b2)
      o.eps = try args.number("adam_epsilon")
      try args.require((o.eps?.double ?? 0) >= 0, "adam_epsilon", "Invalid epsilon value: \(o.eps?.literal ?? "")")
    }
    return o.json
  }
}
