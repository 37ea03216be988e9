import LRSchedCore

/// Writes a spec as Python that builds its optimizer and scheduler with the library's own API,
/// arguments spelled and typed as in the spec, so the library computes the rows `simulate` prints.
///
/// The optimizer gets stand-in parameters so the file runs as is; comments say where the model's
/// parameters go. With `withLoop`, a `__main__` block steps the schedule through the run and
/// prints the rows as `lrsched simulate` writes its CSV, for a direct comparison.
public struct PythonExporter {
  let spec: RunSpec
  /// The spec's file name for the header comment (written there with control characters escaped),
  /// or `nil`.
  let source: String?
  /// The CSV value columns `simulate` writes for this spec.
  let valueColumns: [String]
  /// Whether the rows carry momentum columns.
  let recordsMomentum: Bool
  /// Whether the scheduler steps on a monitored metric (`scheduler.step(val_loss)`).
  let needsMetric: Bool

  private var imports: [String] = []
  private var lines: [String] = []
  private var used: Set<String> = []
  private var mathBare: Set<String> = []
  private var mathModule = false

  public init(spec: RunSpec, source: String?, valueColumns: [String], recordsMomentum: Bool, needsMetric: Bool) {
    self.spec = spec
    self.source = source
    self.valueColumns = valueColumns
    self.recordsMomentum = recordsMomentum
    self.needsMetric = needsMetric
  }

  /// `spec` as `target`'s code (`source` names the spec file in the header), with a `__main__`
  /// loop printing the rows when `withLoop`. Throws the spec's `SpecError` when it cannot be built,
  /// an `ExportError` when it cannot be written for `target`.
  public static func export(_ spec: RunSpec, source: String?, target: ExportTarget, withLoop: Bool) throws -> String {
    let scheduler = try BuildContext(optimizer: spec.optimizer.makeOptimizer(), run: spec.shape).build(spec.scheduler, path: "scheduler")
    var valueColumns: [String] = []
    if withLoop {
      do {
        valueColumns = try Simulation(spec: spec).valueColumns
      } catch {
        throw ExportError("--with-loop: \(error)")
      }
    }
    var exporter = PythonExporter(
      spec: spec, source: source, valueColumns: valueColumns,
      recordsMomentum: spec.recordMomentum || scheduler.cyclesMomentum, needsMetric: scheduler.needsMetric)
    return try exporter.code(for: target, withLoop: withLoop)
  }

  /// The code for `target`, or an `ExportError` when the spec's schedule is not one
  /// of that library's.
  public mutating func code(for target: ExportTarget, withLoop: Bool) throws -> String {
    guard case .string(let type)? = spec.scheduler["type"], let d = SchedulerCatalog.lookup(type) else {
      throw ExportError("export: the scheduler's type is not one lrsched knows")
    }
    guard target.libraries.contains(d.library) else { throw refusal(type, library: d.library, target: target) }
    var body: [String] = []
    if target == .optax {
      let schedule = try optaxSchedule(spec.scheduler, path: "scheduler")
      body.append("schedule = \(schedule)")
      body += optaxOptimizer()
    } else {
      imports.append("import torch")
      body += torchOptimizer()
      _ = try torchScheduler(spec.scheduler, path: "scheduler", root: true)
      body += lines
      body += trainingLoopComment()
    }
    var out = header(target)
    var importLines = imports
    if mathModule { importLines.insert("import math", at: 0) }
    if !mathBare.isEmpty { importLines.append("from math import " + mathBare.sorted().joined(separator: ", ")) }
    out += Self.sortedImports(importLines).joined(separator: "\n") + "\n\n"
    out += body.joined(separator: "\n") + "\n"
    if withLoop { out += "\n" + (target == .optax ? optaxLoop() : torchLoop()).joined(separator: "\n") + "\n" }
    return out
  }

  /// `import` lines first, then one `from M import a, b` line per module, in first-use order.
  private static func sortedImports(_ lines: [String]) -> [String] {
    var plain: [String] = []
    var modules: [String] = []
    var names: [String: [String]] = [:]
    for line in lines {
      let words = line.split(separator: " ", maxSplits: 3).map(String.init)
      if words.count == 4, words[0] == "from", words[2] == "import" {
        if names[words[1]] == nil { modules.append(words[1]) }
        for n in words[3].split(separator: ",").map({ $0.trimmingCharacters(in: " ") }) where !(names[words[1]] ?? []).contains(n) {
          names[words[1], default: []].append(n)
        }
      } else if !plain.contains(line) {
        plain.append(line)
      }
    }
    return plain + modules.map { "from \($0) import \((names[$0] ?? []).joined(separator: ", "))" }
  }

  private func refusal(_ type: String, library: Library, target: ExportTarget) -> ExportError {
    let owner: String
    switch library {
    case .torch: owner = "PyTorch's own scheduler"
    case .transformers: owner = "a transformers schedule"
    case .timm: owner = "a timm scheduler"
    case .optax: owner = "an optax schedule"
    case .keras: owner = "a Keras schedule"
    case .deepspeed: owner = "a DeepSpeed scheduler"
    }
    let there = target == .pytorch ? "PyTorch" : target.rawValue
    let advice: String
    switch library {
    case .torch where target == .transformers:
      advice = "transformers has no such schedule, but its Trainer takes any PyTorch scheduler (Trainer(..., optimizers=(optimizer, scheduler))): export it with --to pytorch"
    case .torch, .transformers, .timm:
      advice = "\(there) has no such schedule: export it with --to \(library == .transformers ? "transformers" : "pytorch")"
    case .optax:
      advice = "\(there) has no such schedule: export it with --to optax"
    case .keras, .deepspeed:
      advice = "exporting \(library.rawValue) schedules is not supported; export writes PyTorch (with transformers and timm) and optax code"
    }
    return ExportError("export --to \(target.rawValue): \(type) is \(owner); \(advice)")
  }

  private func header(_ target: ExportTarget) -> String {
    let run: String
    if spec.interval == .step {
      run = "\(spec.epochs) epoch\(spec.epochs == 1 ? "" : "s") of \(spec.stepsPerEpoch) batches, the schedule stepped after every batch (\(spec.rows) steps)"
    } else {
      run = "\(spec.epochs) epoch\(spec.epochs == 1 ? "" : "s"), the schedule stepped once per epoch (\(spec.rows) step\(spec.rows == 1 ? "" : "s"))"
    }
    let from = source.map { " from \(DisplayText.escaped($0, keepNewlines: false))" } ?? ""
    return "# Generated by `lrsched export --to \(target.rawValue)`\(from).\n# The run: \(run).\n"
  }

  // MARK: PyTorch and transformers

  private func optimizerKeywords(_ value: JSONValue?, skipping: Set<String>) -> [String] {
    guard case .object(let members)? = value else { return [] }
    return members.compactMap { m in
      guard !skipping.contains(m.key), m.value != .null else { return nil }
      return "\(m.key)=\(PythonLiteral.value(m.value, tuple: m.key == "betas"))"
    }
  }

  private func torchOptimizer() -> [String] {
    let o = spec.json["optimizer"]
    let kwargs = optimizerKeywords(o, skipping: ["type", "param_groups", "name"])
    let cls = "torch.optim.\(spec.optimizer.kind.rawValue)"
    var out: [String] = []
    if case .array(let groups)? = o?["param_groups"] {
      out.append("# One entry per parameter group, in the spec's order. The stand-in \"params\" let this file run")
      out.append("# on its own: in your training script put each group's model parameters there, e.g.")
      out.append("# [p for n, p in model.named_parameters() if n.endswith(\"bias\")].")
      out.append("param_groups = [")
      for g in groups {
        var entry = ["\"params\": [torch.nn.Parameter(torch.zeros(1))]"]
        if case .object(let members) = g {
          for m in members where m.value != .null {
            entry.append("\(PythonLiteral.string(m.key)): \(PythonLiteral.value(m.value, tuple: m.key == "betas"))")
          }
        }
        out.append("    {" + entry.joined(separator: ", ") + "},")
      }
      out.append("]")
      out.append("optimizer = \(cls)(\((["param_groups"] + kwargs).joined(separator: ", ")))")
    } else {
      out.append("# Stand-in parameters so this file runs on its own: in your training script pass")
      out.append("# model.parameters() instead.")
      out.append("params = [torch.nn.Parameter(torch.zeros(1))]")
      out.append("optimizer = \(cls)(\((["params"] + kwargs).joined(separator: ", ")))")
    }
    return out
  }

  /// Appends the lines that build the scheduler `value` (children first) and returns its variable.
  private mutating func torchScheduler(_ value: JSONValue, path: String, root: Bool) throws -> String {
    guard case .object(let members) = value, case .string(let type)? = value["type"],
      let d = SchedulerCatalog.lookup(type)
    else {
      throw ExportError("export: \(path) is not a scheduler lrsched knows")
    }
    guard d.library == .torch || d.library == .transformers || (d.library == .timm && root) else {
      throw ExportError("export --to pytorch: \(path) is \(type), which is not a PyTorch or transformers scheduler")
    }
    let cls = d.bareName
    var childrenFirst = false
    switch d.export {
    case .trainerSchedulerType(let name): return try trainerScheduler(members, type: name, path: path, root: root)
    case .constructor(let first): childrenFirst = first
    case .function, .unsupported:
      throw ExportError("export --to pytorch: \(path) is \(type), which export cannot write")
    }
    imports.append("from \(d.library.pythonModule) import \(cls)")
    var kwargs: [String] = []
    var children: [String] = []
    for (key, v) in members where key != "type" && key != "name" && key != "optimizer" && v != .null {
      if d.library == .timm && key == "step_at_start" { continue }
      guard PythonLiteral.isIdentifier(key) else {
        throw ExportError("export: \(path).\(key) is not a Python keyword argument name")
      }
      switch key {
      case d.composition?.childrenKey:
        guard case .array(let items) = v else { throw ExportError("export: \(path).\(key) must be a list") }
        for (i, item) in items.enumerated() {
          children.append(try torchScheduler(item, path: "\(path).\(key)[\(i)]", root: false))
        }
        if !childrenFirst { kwargs.append("\(key)=[\(children.joined(separator: ", "))]") }
      case "lr_lambda", "scale_fn":
        let variable = key == "scale_fn" ? "x" : "epoch"
        kwargs.append("\(key)=\(try lambdas(v, variable: variable, path: "\(path).\(key)"))")
      default:
        kwargs.append("\(key)=\(PythonLiteral.value(v))")
      }
    }
    let call: String
    if childrenFirst {
      call = "\(cls)([\(children.joined(separator: ", "))], optimizer=optimizer)"
    } else {
      call = "\(cls)(\((["optimizer"] + kwargs).joined(separator: ", ")))"
    }
    let name = root ? "scheduler" : variable(for: cls)
    lines.append("\(name) = \(call)")
    return name
  }

  /// A Trainer `lr_scheduler_type`: `get_scheduler(name, optimizer, num_warmup_steps=...,
  /// num_training_steps=..., scheduler_specific_kwargs={...})`, the other keys gathered into the dict.
  private mutating func trainerScheduler(
    _ members: [(key: String, value: JSONValue)], type: String, path: String, root: Bool
  ) throws -> String {
    imports.append("from transformers import get_scheduler")
    var args = [PythonLiteral.string(type), "optimizer"]
    var specific: [(key: String, value: JSONValue)] = []
    for (key, v) in members where key != "type" && key != "name" && v != .null {
      switch key {
      case "num_warmup_steps", "num_training_steps":
        args.append("\(key)=\(PythonLiteral.value(v))")
      case "scheduler_specific_kwargs":
        if case .object(let inner) = v { specific += inner }
      default:
        specific.append((key, v))
      }
    }
    if !specific.isEmpty { args.append("scheduler_specific_kwargs=\(PythonLiteral.value(.object(specific)))") }
    let name = root ? "scheduler" : variable(for: type)
    lines.append("# The Trainer builds the same from TrainingArguments(lr_scheduler_type=\(PythonLiteral.string(type)), ...).")
    lines.append("\(name) = get_scheduler(\(args.joined(separator: ", ")))")
    return name
  }

  private mutating func lambdas(_ v: JSONValue, variable: String, path: String) throws -> String {
    func one(_ item: JSONValue, at p: String) throws -> String {
      let text: String
      switch item {
      case .string(let s): text = s
      case .number(let n): text = n.literal
      default: throw ExportError("export: \(p) must be an expression string")
      }
      let source = try PythonLambda.source(text, variable: variable)
      let names = PythonLambda.names(in: source)
      mathBare.formUnion(names.bare)
      mathModule = mathModule || names.module
      return source
    }
    if case .array(let items) = v {
      var out: [String] = []
      for (i, item) in items.enumerated() { out.append(try one(item, at: "\(path)[\(i)]")) }
      return "[" + out.joined(separator: ", ") + "]"
    }
    return try one(v, at: path)
  }

  private mutating func variable(for cls: String) -> String {
    var base = ""
    let chars = Array(cls.hasPrefix("get_") ? String(cls.dropFirst(4)) : cls)
    for (i, c) in chars.enumerated() {
      let prevLower = i > 0 && (chars[i - 1].isLowercase || chars[i - 1].isNumber)
      let nextLower = i + 1 < chars.count && chars[i + 1].isLowercase
      if c.isUppercase && i > 0 && (prevLower || (nextLower && chars[i - 1].isUppercase)) { base += "_" }
      base += c.lowercased()
    }
    if base.isEmpty || base == "scheduler" || base == "optimizer" { base += "_0" }
    var name = base
    var k = 2
    while used.contains(name) {
      name = "\(base)_\(k)"
      k += 1
    }
    used.insert(name)
    return name
  }

  /// Whether the scheduler is timm's, stepped with `step(epoch)` and `step_update(num_updates)`.
  private var isTimm: Bool {
    guard case .string(let type)? = spec.scheduler["type"] else { return false }
    return SchedulerCatalog.lookup(type)?.library == .timm
  }

  private func trainingLoopComment() -> [String] {
    if isTimm {
      return [
        "",
        "# In the training loop, as timm's train.py steps it: after every optimizer step and after every epoch",
        "# (timm acts on the one its t_in_epochs says):",
        "#     num_updates = 0",
        "#     for epoch in range(\(spec.epochs)):",
        "#         for batch in loader:",
        "#             ...",
        "#             optimizer.step()",
        "#             num_updates += 1",
        "#             scheduler.step_update(num_updates=num_updates)",
        needsMetric ? "#         scheduler.step(epoch + 1, eval_metric)" : "#         scheduler.step(epoch + 1)",
      ]
    }
    let stepCall = needsMetric ? "scheduler.step(val_loss)" : "scheduler.step()"
    if spec.interval == .step {
      return [
        "",
        "# In the training loop, step the scheduler after every batch, right after the optimizer:",
        "#     for epoch in range(\(spec.epochs)):",
        "#         for batch in loader:  # \(spec.stepsPerEpoch) batches",
        "#             ...",
        "#             optimizer.step()",
        "#             \(stepCall)",
      ]
    }
    return [
      "",
      "# In the training loop, step the scheduler once per epoch, after that epoch's optimizer steps:",
      "#     for epoch in range(\(spec.epochs)):",
      "#         for batch in loader:",
      "#             ...",
      "#             optimizer.step()",
      "#         \(stepCall)",
    ]
  }

  private func loopHead() -> [String] {
    var out = [
      "if __name__ == \"__main__\":",
      "    # Every step's learning rate as `lrsched simulate` prints it, to compare the two.",
      "    def epoch_text(x):",
      "        return str(int(x)) if x == int(x) and abs(x) < 1e15 else repr(x)",
      "",
    ]
    if let m = spec.json["metrics"], m != .null { out.append("    metrics = \(PythonLiteral.value(m))") }
    out.append("    print(\(PythonLiteral.string((["step", "epoch"] + valueColumns).joined(separator: ","))))")
    out.append("    for step in range(\(spec.rows)):")
    out.append(spec.interval == .step && spec.stepsPerEpoch > 1 ? "        epoch = step / \(spec.stepsPerEpoch)" : "        epoch = step")
    return out
  }

  private func torchLoop() -> [String] {
    if isTimm { return timmLoop() }
    var out = loopHead()
    out.append("        values = [group[\"lr\"] for group in optimizer.param_groups]")
    if recordsMomentum {
      let m = spec.optimizer.kind.usesBetas ? "group[\"betas\"][0]" : "group[\"momentum\"]"
      out.append("        values += [\(m) for group in optimizer.param_groups]")
    }
    out.append("        print(\",\".join([str(step), epoch_text(epoch)] + [repr(float(v)) for v in values]))")
    out.append("        optimizer.step()")
    out.append(spec.metrics != nil ? "        scheduler.step(metrics[step])" : "        scheduler.step()")
    return out
  }

  /// timm's loop as lrsched steps it: `step(0)` (but for PlateauLRScheduler) and
  /// `step_update(0)` before row 0 (unless `step_at_start` is false), then after row r, n = r + 1: per epoch `step_update(n *
  /// steps_per_epoch)` and `step(n)`; per batch `step_update(n)` and, at an epoch's end, `step(n //
  /// steps_per_epoch)`; each with the row's metric.
  private func timmLoop() -> [String] {
    var out = loopHead()
    let plateau = needsMetric
    let start = out.firstIndex { $0.hasPrefix("    for step in range(") } ?? out.count
    if spec.scheduler["step_at_start"] != .bool(false) {
      out.insert(contentsOf: (plateau ? [] : ["    scheduler.step(0)"]) + ["    scheduler.step_update(0)"], at: start)
    }
    out.append("        values = [group[\"lr\"] for group in optimizer.param_groups]")
    out.append("        print(\",\".join([str(step), epoch_text(epoch)] + [repr(float(v)) for v in values]))")
    out.append("        optimizer.step()")
    out.append(spec.metrics != nil ? "        metric = metrics[step]" : "        metric = None")
    out.append("        n = step + 1")
    if spec.interval == .epoch {
      out.append("        scheduler.step_update(n * \(spec.stepsPerEpoch), metric)")
      out.append("        scheduler.step(n, metric)")
    } else {
      out.append("        scheduler.step_update(n, metric)")
      out.append("        if n % \(spec.stepsPerEpoch) == 0:")
      out.append("            scheduler.step(n // \(spec.stepsPerEpoch), metric)")
    }
    return out
  }

  // MARK: optax

  private mutating func optaxSchedule(_ value: JSONValue, path: String) throws -> String {
    guard case .object(let members) = value, case .string(let type)? = value["type"],
      let d = SchedulerCatalog.lookup(type), d.export == .function
    else {
      throw ExportError("export --to optax: \(path) is not an optax schedule")
    }
    let function = d.bareName
    guard PythonLiteral.isIdentifier(function) else { throw ExportError("export: \(path).type is not a Python name") }
    imports.append("import \(d.library.pythonModule)")
    var kwargs: [String] = []
    for (key, v) in members where key != "type" && key != "name" && v != .null {
      guard PythonLiteral.isIdentifier(key) else {
        throw ExportError("export: \(path).\(key) is not a Python keyword argument name")
      }
      if key == d.composition?.childrenKey, case .array(let items) = v {
        var parts: [String] = []
        for (i, item) in items.enumerated() { parts.append(try optaxSchedule(item, path: "\(path).\(key)[\(i)]")) }
        kwargs.append("\(key)=[\(parts.joined(separator: ", "))]")
      } else {
        kwargs.append("\(key)=\(PythonLiteral.value(v, integerKeys: true))")
      }
    }
    return "\(d.library.pythonModule).\(function)(\(kwargs.joined(separator: ", ")))"
  }

  private func optaxOptimizer() -> [String] {
    let g = spec.optimizer.groups.first
    let o = spec.json["optimizer"]
    func literal(_ key: String) -> String? {
      guard let v = o?[key], v != .null else { return nil }
      return PythonLiteral.value(v)
    }
    var args = ["learning_rate=schedule"]
    var decay: String?
    switch spec.optimizer.kind {
    case .sgd:
      if let m = literal("momentum"), (g?.momentum ?? 0) > 0 { args.append("momentum=\(m)") }
      if let n = literal("nesterov") { args.append("nesterov=\(n)") }
      if (g?.weightDecay ?? 0) > 0 { decay = literal("weight_decay") }
    case .adam, .adamW:
      if let b = g?.betas {
        args.append("b1=\(DoubleFormat.shortest(b.0))")
        args.append("b2=\(DoubleFormat.shortest(b.1))")
      }
      if let e = literal("eps") { args.append("eps=\(e)") }
      if spec.optimizer.kind == .adamW {
        args.append("weight_decay=\(literal("weight_decay") ?? DoubleFormat.shortest(g?.weightDecay ?? 0.01))")
      } else if (g?.weightDecay ?? 0) > 0 {
        decay = literal("weight_decay")
      }
    }
    let fn = spec.optimizer.kind == .sgd ? "sgd" : spec.optimizer.kind == .adam ? "adam" : "adamw"
    var out: [String] = []
    if spec.optimizer.groups.count > 1 {
      out.append("# The spec has \(spec.optimizer.groups.count) parameter groups; optax has none: give each part of the")
      out.append("# parameters its own settings with optax.multi_transform. The first group's settings:")
    }
    let core = "optax.\(fn)(\(args.joined(separator: ", ")))"
    if let decay {
      out.append("# \(spec.optimizer.kind.rawValue)'s weight_decay is L2 added to the gradient: optax.add_decayed_weights first.")
      out.append("optimizer = optax.chain(optax.add_decayed_weights(\(decay)), \(core))")
    } else {
      out.append("optimizer = \(core)")
    }
    out.append("")
    out.append("# The optimizer calls schedule(count) itself, count = the number of updates so far:")
    out.append("#     opt_state = optimizer.init(params)")
    out.append("#     updates, opt_state = optimizer.update(grads, opt_state, params)")
    if spec.interval == .epoch && spec.stepsPerEpoch > 1 {
      out.append("# The spec steps once per epoch: optax counts updates (batches), so size the schedule in")
      out.append("# batches, or wrap it: lambda count: schedule(count // \(spec.stepsPerEpoch)).")
    }
    return out
  }

  private func optaxLoop() -> [String] {
    var out = loopHead()
    let groups = spec.optimizer.groups.count
    out.append("        lr = repr(float(schedule(step)))")
    var values = Array(repeating: "lr", count: groups)
    if recordsMomentum {
      values += spec.optimizer.groups.map { PythonLiteral.string(DoubleFormat.shortest($0.momentumOrBeta1 ?? 0)) }
    }
    out.append("        print(\",\".join([str(step), epoch_text(epoch), \(values.joined(separator: ", "))]))")
    return out
  }
}
