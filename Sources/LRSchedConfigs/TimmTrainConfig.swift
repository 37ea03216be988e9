import LRSchedCore

/// Reads the `args.yaml` timm's `train.py` saves (or a `--config` file: missing keys take
/// `train.py`'s defaults) and builds the scheduler as timm 1.0's `create_scheduler_v2(optimizer,
/// **scheduler_kwargs(args), updates_per_epoch=...)` does, over the epochs it returns.
///
/// - `lr`: as given, or when null/0 `lr_base * ratio` with `ratio = batch_size * devices *
///   grad_accum_steps / lr_base_size`, square-rooted when `lr_base_scale` is `sqrt` (by default
///   for optimizers whose name has `ada` or `lamb`).
/// - `sched_on_updates`: times are scaled by `updates_per_epoch = ceil(len(loader_train) /
///   grad_accum_steps)`, `len(loader_train)` being `--steps-per-epoch` or `floor(ceil(N / devices) /
///   batch_size)` for `--dataset-size N` (`BatchCount.timm`), and there is one row per update.
/// - The first row is the learning rate construction leaves in the groups (the base value, or
///   `warmup_lr_init` under warmup): `train.py` calls `step(start_epoch)` / `step_update` at the
///   start only when resuming (`step_at_start: false`), then `step_update(num_updates)` after each
///   update and `step(epoch + 1)` after each epoch.
/// - The rows cover the epochs `create_scheduler_v2` returns: the cycle length plus
///   `cooldown_epochs` for cosine, tanh, poly, wsd and rsqrt; `epochs` (plus `warmup_epochs` with
///   `warmup_prefix`) for the others.
public enum TimmTrainConfig {
  /// `sched` values `create_scheduler_v2` accepts.
  public static let schedulers = ["cosine", "tanh", "step", "constant", "multistep", "plateau", "poly", "wsd", "rsqrt", "none"]

  /// The run timm's `train.py` makes of the YAML (or JSON) document `text`; `name` names the file.
  public static func run(text: String, name: String, hints: RunHints) throws(SpecError) -> TimmRun {
    try run(from: SpecLoader.document(text, name: name, nonFinite: .asString), hints: hints)
  }

  /// The run timm's `train.py` makes of `doc`.
  public static func run(from doc: JSONValue, hints: RunHints) throws(SpecError) -> TimmRun {
    let args = try ConfigObject(doc, path: "", what: "a mapping of train.py arguments (args.yaml)")
    guard args.has("sched") || args.has("lr") || args.has("epochs") || args.has("lr_base") else {
      throw SpecError("", "does not look like a timm args.yaml: none of sched, lr, lr_base, epochs is set")
    }
    let sched = try args.choice("sched", in: schedulers, default: "cosine")
    let stepOnEpochs = !(try args.bool("sched_on_updates", default: false))
    let devices = hints.devices ?? 1
    let batchSize = try positiveInt(args, "batch_size", 128)
    let accumulation = try positiveInt(args, "grad_accum_steps", 1)
    let opt = try args.string("opt", default: "sgd") ?? "sgd"

    let lr = try learningRate(args, opt: opt, batchSize: batchSize, devices: devices, accumulation: accumulation)

    var updatesPerEpoch: Int?
    var batches = hints.batchesPerEpoch
    if batches == nil, let size = hints.datasetSize { batches = BatchCount.timm(size: size, batch: batchSize, devices: devices) }
    if let batches { updatesPerEpoch = BatchCount.ceilDiv(batches, accumulation) }
    let scale: Int
    if stepOnEpochs {
      scale = 1
    } else {
      guard let u = updatesPerEpoch else {
        throw SpecError(args.path("sched_on_updates"), "steps the schedule on every update: pass --dataset-size N or --steps-per-epoch N (batches per epoch) so lrsched can count the updates")
      }
      guard u > 0 else {
        throw SpecError(args.path("sched_on_updates"), "AssertionError: updates_per_epoch must be set to number of dataloader batches (the data gives 0)")
      }
      scale = u
    }

    let epochs = try positiveInt(args, "epochs", 300)
    let warmupEpochs = try nonNegativeInt(args, "warmup_epochs", 5)
    let cooldownEpochs = try nonNegativeInt(args, "cooldown_epochs", 0)
    let warmupPrefix = try args.bool("warmup_prefix", default: false)
    let tInitial = try scaled(.number(JSONNumber(epochs)), scale, at: args.path("epochs"))
    let warmupT = try scaled(.number(JSONNumber(warmupEpochs)), scale, at: args.path("warmup_epochs"))
    let cooldownT = try scaled(.number(JSONNumber(cooldownEpochs)), scale, at: args.path("cooldown_epochs"))
    let minLR = try number(args, "min_lr", "0")
    let warmupLR = try number(args, "warmup_lr", "1e-05")
    let decayRate = try number(args, "decay_rate", "0.1")

    var kwargs: [(key: String, value: JSONValue)] = []
    let warmup: [(key: String, value: JSONValue)] = [
      ("warmup_lr_init", .number(warmupLR)), ("warmup_t", warmupT), ("warmup_prefix", .bool(warmupPrefix)),
    ]
    let cycles = try cycleArguments(args)
    let noise = try noiseArguments(args, tInitial: tInitial)
    let tInEpochs: (key: String, value: JSONValue) = ("t_in_epochs", .bool(stepOnEpochs))
    let type: String
    var cycleLength: Int?
    switch sched {
    case "cosine", "tanh", "poly":
      type = try className(sched)
      if sched == "poly" { kwargs.append(("power", .number(decayRate))) }
      kwargs.append(("t_initial", tInitial))
      kwargs.append(("lr_min", .number(minLR)))
      kwargs.append(tInEpochs)
      if sched != "tanh" { kwargs.append(("k_decay", .number(try number(args, "lr_k_decay", "1.0")))) }
      kwargs += cycles.members + warmup + noise
      cycleLength = try cycles.length(tInitial: tInitial, warmupT: warmupPrefix ? warmupT : .number(JSONNumber(0)), at: args.path("epochs"))
    case "step", "constant":
      type = try className(sched)
      if sched == "step" {
        kwargs.append(("decay_t", try scaled(args.value("decay_epochs") ?? .number(JSONNumber(90)), scale, at: args.path("decay_epochs"))))
        kwargs.append(("decay_rate", .number(decayRate)))
      } else {
        kwargs += [("decay_t", .number(JSONNumber(1))), ("decay_rate", .number(JSONNumber(1.0)))]
      }
      kwargs.append(tInEpochs)
      kwargs += warmup + noise
    case "multistep":
      type = try className(sched)
      let milestones = args.value("decay_milestones") ?? .array([90, 180, 270].map { .number(JSONNumber($0)) })
      guard case .array(let items) = milestones else {
        throw SpecError(args.path("decay_milestones"), "must be a list of epochs, got \(milestones.typeName)")
      }
      var scaledItems: [JSONValue] = []
      for (i, item) in items.enumerated() { scaledItems.append(try scaled(item, scale, at: "\(args.path("decay_milestones"))[\(i)]")) }
      kwargs += [("decay_t", .array(scaledItems)), ("decay_rate", .number(decayRate)), tInEpochs]
      kwargs += warmup + noise
    case "plateau":
      guard stepOnEpochs else { throw SpecError(args.path("sched_on_updates"), "AssertionError: Plateau LR only supports step per epoch.") }
      type = try className(sched)
      let metric = try args.string("eval_metric", default: "top1") ?? "top1"
      kwargs += [
        ("decay_rate", .number(decayRate)),
        ("patience_t", .number(JSONNumber(try nonNegativeInt(args, "patience_epochs", 10)))),
        ("cooldown_t", .number(JSONNumber(0))),
        ("warmup_lr_init", .number(warmupLR)), ("warmup_t", warmupT),
        ("lr_min", .number(minLR)), ("mode", .string(metric.contains("loss") ? "min" : "max")),
      ]
      kwargs += noise
    case "wsd", "rsqrt":
      type = try className(sched)
      let (tSched, decayT) = try wsdLengths(args, sched: sched, tInitial: tInitial, warmupT: warmupT, warmupPrefix: warmupPrefix, scale: scale)
      kwargs += [("t_initial", tSched), ("decay_t", .number(JSONNumber(decayT))), ("lr_min", .number(minLR))]
      kwargs.append(("stable_fn", .string(sched == "rsqrt" ? "rsqrt" : "constant")))
      if let ts = args.value("lr_stable_timescale") {
        kwargs.append(("stable_timescale", try scaled(ts, scale, at: args.path("lr_stable_timescale"))))
      }
      let decayFn = try args.string("lr_decay_fn") ?? (sched == "rsqrt" ? "linear" : "1-sqrt")
      kwargs += [("decay_fn", .string(decayFn)), tInEpochs, ("warmup_t", warmupT), ("warmup_lr_init", .number(warmupLR))]
      kwargs += noise
      cycleLength = try sum(warmupT, tSched, at: args.path("epochs"))
    default:
      type = try className("constant")
      kwargs += [("decay_t", .number(JSONNumber(1))), ("decay_rate", .number(JSONNumber(1.0)))]
    }
    kwargs.append(("step_at_start", .bool(false)))

    var scheduledEpochs: Int
    if let cycleLength {
      let t = try sum(.number(JSONNumber(cycleLength)), cooldownT, at: args.path("cooldown_epochs"))
      scheduledEpochs = stepOnEpochs ? t : t / scale
    } else {
      scheduledEpochs = try sum(.number(JSONNumber(epochs)), .number(JSONNumber(warmupPrefix ? warmupEpochs : 0)), at: args.path("epochs"))
    }
    guard scheduledEpochs >= 1 else { throw SpecError(args.path("epochs"), "timm would train no epoch (\(scheduledEpochs))") }

    var members: [(key: String, value: JSONValue)] = [("epochs", .number(JSONNumber(scheduledEpochs)))]
    if stepOnEpochs || sched == "none" {
      if let updatesPerEpoch, updatesPerEpoch >= 1 { members.append(("steps_per_epoch", .number(JSONNumber(updatesPerEpoch)))) }
      members.append(("interval", .string("epoch")))
    } else {
      members += [("steps_per_epoch", .number(JSONNumber(scale))), ("interval", .string("step"))]
    }
    members.append(("optimizer", try optimizer(args, opt: opt, lr: lr)))
    members.append(("scheduler", .object([("type", .string(type))] + kwargs)))
    return TimmRun(spec: .object(members), sched: sched, lr: lr.double, scheduledEpochs: scheduledEpochs, updatesPerEpoch: updatesPerEpoch)
  }

  /// `args.lr`, or `train.py`'s scaling of `lr_base` when it is null or 0.
  /// The class `create_scheduler_v2` builds for `sched`.
  private static func className(_ sched: String) throws(SpecError) -> String {
    guard let d = SchedulerCatalog.configured(.timm, sched) else { throw SpecError("sched", "no timm scheduler for '\(sched)'") }
    return d.name
  }

  private static func learningRate(_ args: ConfigObject, opt: String, batchSize: Int, devices: Int, accumulation: Int) throws(SpecError) -> JSONNumber {
    if let lr = try args.number("lr"), lr.double != 0 {
      try args.require(lr.double > 0, "lr", "must be positive, got \(lr.literal)")
      return lr
    }
    let base = try number(args, "lr_base", "0.1")
    let baseSize = try positiveInt(args, "lr_base_size", 256)
    let (b1, o1) = batchSize.multipliedReportingOverflow(by: devices)
    let (global, o2) = b1.multipliedReportingOverflow(by: accumulation)
    guard !o1, !o2 else { throw SpecError(args.path("batch_size"), "batch_size × devices × grad_accum_steps is too large") }
    var ratio = Double(global) / Double(baseSize)
    var scaling = try args.string("lr_base_scale", default: "") ?? ""
    if scaling.isEmpty {
      let on = opt.lowercased()
      scaling = on.contains("ada") || on.contains("lamb") ? "sqrt" : "linear"
    }
    if scaling == "sqrt" { ratio = PyMath.pow(ratio, 0.5) }
    let lr = base.double * ratio
    guard lr.isFinite, lr >= 0 else { throw SpecError(args.path("lr_base"), "gives the learning rate \(DoubleFormat.shortest(lr))") }
    return JSONNumber(lr)
  }

  private static func cycleArguments(_ args: ConfigObject) throws(SpecError) -> TimmCycles {
    TimmCycles(
      mul: try number(args, "lr_cycle_mul", "1.0"), decay: try number(args, "lr_cycle_decay", "0.5"),
      limit: try args.int("lr_cycle_limit", default: 1) ?? 1)
  }

  /// The noise arguments when `lr_noise` is set: `noise_range_t` as fractions of `t_initial`.
  private static func noiseArguments(_ args: ConfigObject, tInitial: JSONValue) throws(SpecError) -> [(key: String, value: JSONValue)] {
    guard let noise = args.value("lr_noise") else { return [] }
    let path = args.path("lr_noise")
    guard case .number(let t) = tInitial else { return [] }
    func times(_ v: JSONValue, _ p: String) throws(SpecError) -> JSONValue {
      guard case .number(let n) = v, n.double.isFinite else { throw SpecError(p, "must be a number, got \(v.typeName)") }
      if let a = n.int, let b = t.int {
        let (r, overflow) = a.multipliedReportingOverflow(by: b)
        if !overflow { return .number(JSONNumber(r)) }
      }
      return .number(JSONNumber(n.double * t.double))
    }
    var range: JSONValue
    switch noise {
    case .array(let items):
      guard !items.isEmpty else { throw SpecError(path, "must list one or two fractions of the schedule") }
      var out: [JSONValue] = []
      for (i, item) in items.enumerated() { out.append(try times(item, "\(path)[\(i)]")) }
      range = out.count == 1 ? out[0] : .array(out)
    default:
      range = try times(noise, path)
    }
    return [
      ("noise_range_t", range), ("noise_pct", .number(try number(args, "lr_noise_pct", "0.67"))),
      ("noise_std", .number(try number(args, "lr_noise_std", "1.0"))),
      ("noise_seed", .number(JSONNumber(try args.int("seed", default: 42) ?? 42))),
    ]
  }

  /// The stable + decay length and the decay length of `wsd` / `rsqrt`, validated as timm does.
  private static func wsdLengths(
    _ args: ConfigObject, sched: String, tInitial: JSONValue, warmupT: JSONValue, warmupPrefix: Bool, scale: Int
  ) throws(SpecError) -> (JSONValue, Int) {
    let path = args.path("decay_epochs")
    guard case .number(let ti) = tInitial, case .number(let wt) = warmupT else { return (tInitial, 0) }
    let tSched: JSONNumber
    if warmupPrefix {
      tSched = ti
    } else if let a = ti.int, let b = wt.int {
      tSched = JSONNumber(a - b)
    } else {
      tSched = JSONNumber(ti.double - wt.double)
    }
    let decayEpochs: JSONNumber
    switch args.value("decay_epochs") {
    case nil: decayEpochs = JSONNumber(0.2)
    case .number(let n)?: decayEpochs = n
    case let v?: throw SpecError(path, "must be a number, got \(v.typeName)")
    }
    var decayT: Double
    if decayEpochs.double > 0 && decayEpochs.double < 1 {
      decayT = decayEpochs.double * tSched.double
    } else {
      guard case .number(let d) = try scaled(.number(decayEpochs), scale, at: path) else { return (tInitial, 0) }
      decayT = d.double
    }
    decayT = decayT.rounded(.toNearestOrEven)
    let decay = try toInt(decayT, at: path)
    guard decay > 0, Double(decay) <= tSched.double else {
      throw SpecError(
        path,
        "ValueError: \(sched) schedule requires 0 < decay_epochs <= epochs\(warmupPrefix ? "" : " - warmup_epochs"), got decay \(decay) and stable + decay length \(tSched.literal).")
    }
    return (.number(tSched), decay)
  }

  /// The optimizer `opt` names, with `momentum` (SGD), `opt_betas` and `opt_eps` (Adam-like) and
  /// `weight_decay`.
  private static func optimizer(_ args: ConfigObject, opt: String, lr: JSONNumber) throws(SpecError) -> JSONValue {
    let kind = DummyOptimizer.kind(forName: opt.split(separator: "_").last.map(String.init) ?? opt)
    var o = DummyOptimizer(kind: kind, lr: lr)
    o.weightDecay = try number(args, "weight_decay", "2e-05")
    try args.require((o.weightDecay?.double ?? 0) >= 0, "weight_decay", "must be at least 0")
    if kind.usesBetas {
      if let b = args.value("opt_betas") {
        guard case .array(let items) = b, items.count == 2, case .number(let b1) = items[0], case .number(let b2) = items[1],
          (0..<1).contains(b1.double), (0..<1).contains(b2.double)
        else {
          throw SpecError(args.path("opt_betas"), "must be two numbers in [0, 1), e.g. [0.9, 0.999]")
        }
        o.betas = (b1, b2)
      }
      o.eps = try args.number("opt_eps")
    } else {
      o.momentum = try number(args, "momentum", "0.9")
      try args.require((o.momentum?.double ?? 0) >= 0, "momentum", "must be at least 0")
    }
    return o.json
  }

  // MARK: Python arithmetic on config numbers

  /// `v * scale` as Python computes it: an int stays an int, a float is multiplied as a float.
  private static func scaled(_ v: JSONValue, _ scale: Int, at path: String) throws(SpecError) -> JSONValue {
    guard case .number(let n) = v, n.double.isFinite else { throw SpecError(path, "must be a number, got \(v.typeName)") }
    if scale == 1 { return v }
    if let i = n.int {
      let (p, overflow) = i.multipliedReportingOverflow(by: scale)
      guard !overflow else { throw SpecError(path, "\(n.literal) × \(scale) updates per epoch is too large") }
      return .number(JSONNumber(p))
    }
    return .number(JSONNumber(n.double * Double(scale)))
  }

  /// `a + b` as an integer count of epochs or updates.
  static func sum(_ a: JSONValue, _ b: JSONValue, at path: String) throws(SpecError) -> Int {
    guard case .number(let x) = a, case .number(let y) = b else { return 0 }
    if let i = x.int, let j = y.int {
      let (s, overflow) = i.addingReportingOverflow(j)
      guard !overflow else { throw SpecError(path, "too many epochs") }
      return s
    }
    return try toInt(x.double + y.double, at: path)
  }

  static func toInt(_ x: Double, at path: String) throws(SpecError) -> Int {
    guard x.isFinite, abs(x) < 9.0e15 else { throw SpecError(path, "gives \(DoubleFormat.shortest(x)) epochs") }
    return Int(x)
  }

  private static func number(_ args: ConfigObject, _ key: String, _ fallback: String) throws(SpecError) -> JSONNumber {
    let d = JSONNumber(literal: fallback) ?? JSONNumber(0)
    return try args.number(key, default: d) ?? d
  }

  private static func positiveInt(_ args: ConfigObject, _ key: String, _ fallback: Int) throws(SpecError) -> Int {
    let v = try args.int(key, default: fallback) ?? fallback
    try args.require(v >= 1, key, "must be at least 1, got \(v)")
    return v
  }

  private static func nonNegativeInt(_ args: ConfigObject, _ key: String, _ fallback: Int) throws(SpecError) -> Int {
    let v = try args.int(key, default: fallback) ?? fallback
    try args.require(v >= 0, key, "must be at least 0, got \(v)")
    return v
  }
}
