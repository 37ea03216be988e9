import LRSchedCore

/// Reads a DeepSpeed `ds_config.json` as DeepSpeed 0.19's engine does and builds the schedule it
/// runs:
///
/// - `optimizer`: `type` (DeepSpeed's own optimizers by lowercased name; `Adam` is AdamW unless
///   `params.adam_w_mode` is false, as in the engine) and `params` (`lr` — 1e-3 when absent, the
///   optimizers' default —, `betas`, `eps`, `weight_decay`, `momentum`);
/// - `scheduler`: `type`, a class of `deepspeed.runtime.lr_schedules` (found by the names the
///   catalog's DeepSpeed descriptors give as `configNames`) or else of `torch.optim.lr_scheduler`,
///   built with `params` as its keyword arguments (`scheduler(optimizer, **params)`);
/// - the engine steps the scheduler after every optimizer step, that is every
///   `gradient_accumulation_steps` batches (given, or `train_batch_size //
///   train_micro_batch_size_per_gpu // world_size`): with `--steps-per-epoch N` batches, an epoch
///   is `N / gradient_accumulation_steps` rows (`interval: "step"`); `--epochs` sets the epochs,
///   else the scheduler's own run length (its argument whose run default is the whole run, such
///   as `total_num_steps`) when it has one.
public enum DeepSpeedConfig {
  /// The spec DeepSpeed's engine runs for the JSON (or YAML) document `text`; `name` names the file.
  public static func spec(text: String, name: String, hints: RunHints) throws(SpecError) -> JSONValue {
    try spec(from: SpecLoader.document(text, name: name, nonFinite: .asString), hints: hints)
  }

  /// The spec DeepSpeed's engine runs for `doc`.
  public static func spec(from doc: JSONValue, hints: RunHints) throws(SpecError) -> JSONValue {
    let config = try ConfigObject(doc, path: "", what: "a DeepSpeed config (a JSON object)")
    guard config.has("optimizer") || config.has("scheduler") else {
      throw SpecError("", "does not look like a DeepSpeed config: it has neither an optimizer nor a scheduler section")
    }
    guard hints.datasetSize == nil else {
      throw SpecError("", "give the batches per epoch with --steps-per-epoch N (--dataset-size is for --from-hf and --from-timm)")
    }
    let accumulation = try gradientAccumulationSteps(config, devices: hints.devices ?? 1)
    var members: [(key: String, value: JSONValue)] = []
    var perEpoch = 1
    if let batches = hints.batchesPerEpoch {
      guard batches % accumulation == 0 else {
        throw SpecError(
          config.path("gradient_accumulation_steps"),
          "\(batches) batches per epoch are not a whole number of optimizer steps of \(accumulation) batches: give --steps-per-epoch a multiple of \(accumulation)")
      }
      perEpoch = batches / accumulation
    }

    guard let optimizerSection = try config.object("optimizer") else {
      throw SpecError(
        "optimizer", "the config has no optimizer section (DeepSpeed then steps the optimizer passed to deepspeed.initialize): add one, e.g. {\"type\": \"AdamW\", \"params\": {\"lr\": 0.001}}")
    }
    let optimizer = try self.optimizer(optimizerSection)

    var scheduler: JSONValue?
    var runLength: Int?
    if let section = try config.object("scheduler") {
      let (object, length) = try self.scheduler(section)
      scheduler = object
      runLength = length
    }
    if let runLength, runLength >= 1 {
      members.append(("epochs", .number(JSONNumber(BatchCount.ceilDiv(runLength, perEpoch)))))
    }
    members += [("steps_per_epoch", .number(JSONNumber(perEpoch))), ("interval", .string("step"))]
    members.append(("optimizer", optimizer))
    if let scheduler { members.append(("scheduler", scheduler)) }
    return .object(members)
  }

  /// `gradient_accumulation_steps`, or what `_configure_train_batch_size` derives from
  /// `train_batch_size` and `train_micro_batch_size_per_gpu`; 1 when neither says.
  private static func gradientAccumulationSteps(_ config: ConfigObject, devices: Int) throws(SpecError) -> Int {
    let given = try config.int("gradient_accumulation_steps")
    let train = try config.int("train_batch_size")
    let micro = try config.int("train_micro_batch_size_per_gpu")
    if let given { try config.require(given >= 1, "gradient_accumulation_steps", "must be at least 1, got \(given)") }
    if let micro { try config.require(micro >= 1, "train_micro_batch_size_per_gpu", "must be at least 1, got \(micro)") }
    if let train { try config.require(train >= 1, "train_batch_size", "must be at least 1, got \(train)") }
    var steps = given ?? 1
    if given == nil, let train, let micro { steps = train / micro / devices }
    if let train, let micro {
      let (product, overflow) = micro.multipliedReportingOverflow(by: steps * devices)
      guard !overflow, product == train else {
        throw SpecError(
          config.path("train_batch_size"),
          "AssertionError: Check batch related parameters. train_batch_size is not equal to micro_batch_per_gpu * gradient_acc_step * world_size \(train) != \(micro) * \(steps) * \(devices)")
      }
    }
    guard steps >= 1 else {
      throw SpecError(config.path("gradient_accumulation_steps"), "gives \(steps) batches per optimizer step")
    }
    return steps
  }

  /// The `optimizer` section as the spec's dummy optimizer.
  private static func optimizer(_ section: ConfigObject) throws(SpecError) -> JSONValue {
    let type = try section.string("type") ?? "Adam"
    let params: ConfigObject
    if let given = try section.object("params") { params = given } else { params = try ConfigObject(.object([]), path: section.path("params")) }
    let lrDefault = JSONNumber(literal: "0.001") ?? JSONNumber(0.001)
    let lr = try params.number("lr", default: lrDefault) ?? lrDefault
    try params.require(lr.double >= 0, "lr", "Invalid learning rate: \(lr.literal)")
    var kind = DummyOptimizer.kind(forName: type, hasBetas: params.has("betas"))
    if kind == .adam, type.lowercased() == "adam", try params.bool("adam_w_mode", default: true) { kind = .adamW }
    var o = DummyOptimizer(kind: kind, lr: lr)
    o.weightDecay = try params.number("weight_decay")
    if kind.usesBetas {
      if let b = params.value("betas") {
        guard case .array(let items) = b, items.count == 2, case .number(let b1) = items[0], case .number(let b2) = items[1],
          (0..<1).contains(b1.double), (0..<1).contains(b2.double)
        else {
          throw SpecError(params.path("betas"), "must be two numbers in [0, 1), e.g. [0.9, 0.999]")
        }
        o.betas = (b1, b2)
      }
      o.eps = try params.number("eps")
    } else {
      o.momentum = try params.number("momentum")
      try params.require((o.momentum?.double ?? 0) >= 0, "momentum", "Invalid momentum value: \(o.momentum?.literal ?? "")")
    }
    return o.json
  }

  /// The `scheduler` section as the spec's scheduler, and its own run length when it has one.
  private static func scheduler(_ section: ConfigObject) throws(SpecError) -> (JSONValue, Int?) {
    guard let type = try section.string("type") else {
      throw SpecError(section.path("type"), "the scheduler section needs a type (\(SchedulerCatalog.configNames(.deepspeed).joined(separator: ", ")))")
    }
    let descriptor =
      SchedulerCatalog.configured(.deepspeed, type) ?? SchedulerCatalog.all.first { $0.library == .torch && $0.bareName == type }
    guard let descriptor else {
      throw SpecError(
        section.path("type"),
        "AssertionError: DeepSpeed does not recognize LR scheduler \(type)\(Suggestion.hint(for: type, in: SchedulerCatalog.configNames(.deepspeed)))")
    }
    guard let paramsValue = section.value("params") else {
      throw SpecError(section.path("params"), "TypeError: \(type)() argument after ** must be a mapping, not NoneType")
    }
    let params = try ConfigObject(paramsValue, path: section.path("params"), what: "a mapping of the scheduler's keyword arguments")
    var length: Int?
    if let key = descriptor.parameters.first(where: { $0.runDefault == .steps() })?.name,
      case .number(let n)? = params.value(key), let steps = n.int ?? (n.double == n.double.rounded() && abs(n.double) < 9e15 ? Int(n.double) : nil)
    {
      length = steps
    }
    return (.object([("type", .string(descriptor.name))] + params.members), length)
  }
}
