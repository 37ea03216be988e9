import LRSchedCore

/// A LightningCLI config (`config.yaml`, or its `fit:` section) converted to a spec.
///
/// Read: `optimizer` and `lr_scheduler` as `class_path` / `init_args` (`torch.optim.AdamW`,
/// `torch.optim.lr_scheduler.OneCycleLR`, `lightning.pytorch.cli.ReduceLROnPlateau`, nested
/// `class_path` objects inside `init_args`), the `interval` (`epoch` or `step`) and `frequency`
/// that `configure_optimizers` would return, given beside `class_path`, and `trainer`'s
/// `max_epochs`, `max_steps`, `accumulate_grad_batches` and `limit_train_batches`.
///
/// Lightning steps an `epoch`-interval scheduler after every training epoch and a `step`-interval
/// one after every optimizer step: `ceil(batches / accumulate_grad_batches)` per epoch, the batches
/// per epoch coming from `--steps-per-epoch` (or an integer `limit_train_batches`). Without
/// `max_epochs` or `max_steps` Lightning trains 1000 epochs.
enum LightningConfig {
  /// Whether `doc` is a LightningCLI config rather than a spec: it has `lr_scheduler`,
  /// `seed_everything`, a `trainer` or `fit` section, or an `optimizer`, `model` or `data`
  /// section with a `class_path`.
  static func matches(_ doc: JSONValue) -> Bool {
    guard case .object = doc else { return false }
    if doc["lr_scheduler"] != nil || doc["seed_everything"] != nil { return true }
    for key in ["trainer", "fit"] {
      if case .object? = doc[key] { return true }
    }
    for key in ["optimizer", "model", "data"] {
      if case .object? = doc[key], doc[key]?["class_path"] != nil { return true }
    }
    return false
  }

  /// Spec keys passed through unchanged when a config carries them.
  static let passThrough = ["metrics", "name", "record_momentum", "expect"]

  /// The spec for `doc`.
  static func spec(from doc: JSONValue, hints: RunHints) throws(SpecError) -> JSONValue {
    var cfg = try ConfigObject(doc, path: "")
    if let fit = try cfg.object("fit") { cfg = fit }

    guard let opt = try cfg.object("optimizer") else {
      throw SpecError(cfg.path("optimizer"), "missing: lrsched needs the optimizer, e.g. {class_path: torch.optim.SGD, init_args: {lr: 0.1}}")
    }
    let optimizer = try optimizerJSON(opt)

    guard let sched = try cfg.object("lr_scheduler") else {
      throw SpecError(cfg.path("lr_scheduler"), "missing: lrsched needs the scheduler, e.g. {class_path: \(TorchExamples.classPath), init_args: {step_size: 30}}")
    }
    let scheduler = try classObject(sched, dropping: ["optimizer", "monitor", "verbose"])
    let interval = try sched.choice("interval", in: ["epoch", "step"], default: "epoch")
    let frequency = try sched.int("frequency", default: 1) ?? 1
    try sched.require(frequency == 1, "frequency", "lrsched steps the scheduler every \(interval); frequency \(frequency) is not supported")

    let trainer = try cfg.object("trainer")
    let maxStepsValue = try trainer?.int("max_steps", default: -1) ?? -1
    let maxSteps: Int? = maxStepsValue > 0 ? maxStepsValue : nil
    try trainer?.require(maxStepsValue >= -1, "max_steps", "must be -1 (no limit) or a positive integer, got \(maxStepsValue)")
    let maxEpochsValue = try trainer?.int("max_epochs")
    if let maxEpochsValue { try trainer?.require(maxEpochsValue >= -1 && maxEpochsValue != 0, "max_epochs", "must be -1 or a positive integer, got \(maxEpochsValue)") }
    var maxEpochs: Int? = maxEpochsValue.flatMap { $0 > 0 ? $0 : nil }
    if maxEpochs == nil && maxSteps == nil { maxEpochs = 1000 }
    let accumulate = try trainer?.int("accumulate_grad_batches", default: 1) ?? 1
    try trainer?.require(accumulate >= 1, "accumulate_grad_batches", "must be at least 1, got \(accumulate)")

    let updatesPerEpoch = try optimizerStepsPerEpoch(trainer: trainer, hints: hints, accumulate: accumulate)

    var members: [(key: String, value: JSONValue)] = []
    if interval == "step" {
      guard let perEpoch = updatesPerEpoch else {
        throw SpecError(sched.path("interval"), "a step-interval scheduler needs the batches per epoch: pass --steps-per-epoch N (or set trainer.limit_train_batches to an integer)")
      }
      var total = Int.max
      if let maxEpochs {
        let (t, overflow) = maxEpochs.multipliedReportingOverflow(by: perEpoch)
        total = overflow ? Int.max : t
      }
      if let maxSteps { total = min(total, maxSteps) }
      members = StepLayout(total: total, perEpoch: perEpoch).members
    } else {
      var epochs = maxEpochs ?? Int.max
      if let maxSteps {
        guard let perEpoch = updatesPerEpoch else {
          throw SpecError(
            trainer?.path("max_steps") ?? "trainer.max_steps",
            "ends training after \(maxSteps) optimizer steps: pass --steps-per-epoch N (batches per epoch) so lrsched can count the epochs")
        }
        epochs = min(epochs, BatchCount.ceilDiv(maxSteps, perEpoch))
      }
      members.append(("epochs", .number(JSONNumber(epochs))))
      if let updatesPerEpoch { members.append(("steps_per_epoch", .number(JSONNumber(updatesPerEpoch)))) }
      members.append(("interval", .string("epoch")))
    }
    members.append(("optimizer", optimizer))
    members.append(("scheduler", scheduler))
    for key in passThrough {
      if let v = cfg.value(key) { members.append((key, v)) }
    }
    return .object(members)
  }

  /// Optimizer steps per epoch, when the batches per epoch are known.
  private static func optimizerStepsPerEpoch(trainer: ConfigObject?, hints: RunHints, accumulate: Int) throws(SpecError) -> Int? {
    var batches = hints.batchesPerEpoch
    if let limit = trainer?.value("limit_train_batches"), case .number(let n) = limit {
      let path = trainer?.path("limit_train_batches") ?? "limit_train_batches"
      if n.isInteger {
        guard let l = n.int, l >= 1 else { throw SpecError(path, "must be a positive integer or a fraction in (0, 1], got \(n.literal)") }
        batches = min(batches ?? l, l)
      } else {
        guard n.double > 0, n.double <= 1 else { throw SpecError(path, "must be a positive integer or a fraction in (0, 1], got \(n.literal)") }
        if let b = batches { batches = Int((Double(b) * n.double).rounded(.down)) }
      }
    } else if let limit = trainer?.value("limit_train_batches") {
      throw SpecError(trainer?.path("limit_train_batches") ?? "limit_train_batches", "must be a number, got \(limit.typeName)")
    }
    guard let batches else { return nil }
    guard batches >= 1 else { throw SpecError("trainer.limit_train_batches", "leaves no training batches per epoch") }
    return BatchCount.ceilDiv(batches, accumulate)
  }

  /// The last component of a `class_path` (`torch.optim.AdamW` → `AdamW`).
  static func className(_ classPath: String) -> String {
    String(classPath.split(separator: ".").last ?? Substring(classPath))
  }

  private static let defaultLR: [String: String] = [
    "SGD": "0.001", "Adam": "0.001", "AdamW": "0.001", "RMSprop": "0.01", "Adagrad": "0.01",
    "NAdam": "0.002", "RAdam": "0.001", "Adamax": "0.002", "Adadelta": "1.0", "SparseAdam": "0.001",
  ]

  private static func optimizerJSON(_ opt: ConfigObject) throws(SpecError) -> JSONValue {
    guard let classPath = try opt.string("class_path") else {
      throw SpecError(opt.path("class_path"), "missing: the optimizer's class, e.g. torch.optim.AdamW")
    }
    let name = className(classPath)
    var args = try ConfigObject(.object([]), path: opt.path("init_args"))
    if let given = try opt.object("init_args") { args = given }
    let fallbackLR = JSONNumber(literal: defaultLR[name] ?? "0.001") ?? JSONNumber(0.001)
    let lr = try args.number("lr", default: fallbackLR) ?? fallbackLR
    let kind = OptimizerKind(name: name) ?? DummyOptimizer.kind(forName: name, hasBetas: args.has("betas"))
    var o = DummyOptimizer(kind: kind, lr: lr)
    o.weightDecay = try args.number("weight_decay")
    if kind.usesBetas {
      if let b = args.value("betas") {
        guard case .array(let items) = b, items.count == 2, case .number(let b1) = items[0], case .number(let b2) = items[1] else {
          throw SpecError(args.path("betas"), "must be a list of two numbers, e.g. [0.9, 0.999]")
        }
        o.betas = (b1, b2)
      }
      if OptimizerKind(name: name) != nil {
        o.eps = try args.number("eps")
        if args.has("amsgrad") { o.extra.append(("amsgrad", .bool(try args.bool("amsgrad", default: false)))) }
      }
    } else {
      o.momentum = try args.number("momentum")
      if OptimizerKind(name: name) == .sgd {
        if let d = try args.number("dampening") { o.extra.append(("dampening", .number(d))) }
        if args.has("nesterov") { o.extra.append(("nesterov", .bool(try args.bool("nesterov", default: false)))) }
      }
    }
    return o.json
  }

  /// `{class_path, init_args}` as `{type, ...init_args}`, recursively inside `init_args`.
  private static func classObject(_ obj: ConfigObject, dropping: Set<String> = []) throws(SpecError) -> JSONValue {
    guard let classPath = try obj.string("class_path") else {
      throw SpecError(obj.path("class_path"), "missing: the scheduler's class, e.g. \(TorchExamples.classPath)")
    }
    var members: [(key: String, value: JSONValue)] = [("type", .string(className(classPath)))]
    if let args = try obj.object("init_args") {
      for (key, value) in args.members where !dropping.contains(key) {
        members.append((key, try nested(value, path: args.path(key))))
      }
    }
    return .object(members)
  }

  private static func nested(_ value: JSONValue, path: String) throws(SpecError) -> JSONValue {
    switch value {
    case .object where value["class_path"] != nil:
      return try classObject(ConfigObject(value, path: path), dropping: ["optimizer"])
    case .array(let items):
      var out: [JSONValue] = []
      for (i, item) in items.enumerated() { out.append(try nested(item, path: "\(path)[\(i)]")) }
      return .array(out)
    default:
      return value
    }
  }
}
