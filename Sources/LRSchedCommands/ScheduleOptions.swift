import ArgumentParser
import LRSchedConfigs
import LRSchedCore

#if canImport(Glibc)
import Glibc
#endif

/// The options that say which schedule to run: a spec file and/or flags, flags winning.
struct ScheduleOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("A JSON spec file, or - for standard input (repeatable for plot).", valueName: "file"))
  var spec: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A scheduler: a library name (CosineAnnealingLR, get_wsd_schedule, optax.sgdr_schedule), a short alias (cosine, step, onecycle, ...), or a constructor call pasted from Python, e.g. \"OneCycleLR(optimizer, max_lr=0.1, total_steps=1000)\". Repeatable for plot.",
      valueName: "name-or-call"))
  var scheduler: [String] = []

  @Option(help: "Epochs to simulate (default 100 without a spec).")
  var epochs: Int?

  @Option(name: .customLong("steps-per-epoch"), help: "Batches per epoch.")
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

  @Flag(name: .customLong("print-spec"), help: "Print the fully resolved spec as JSON and exit.")
  var printSpec = false

  func validate() throws {
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
  }

  /// The specs to run: one per `--spec`, or one per `--scheduler`, flags applied to each.
  func resolveAll() throws -> [RunSpec] {
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
    if spec.count > 1 || scheduler.count > 1 {
      throw Failure(.invalidInput, "this command takes one schedule: at most one --spec and one --scheduler")
    }
    return try resolveAll()[0]
  }

  /// Reads a spec file (`-` for stdin) as JSON.
  static func readSpec(_ file: String) throws -> JSONValue {
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
      return try SpecLoader.parse(text, name: file)
    } catch {
      throw Failure(error, source: file == "-" ? "standard input" : file)
    }
  }

  private func resolve(file: String?, scheduler flag: String?) throws -> RunSpec {
    var doc: JSONValue = .object([])
    if let file {
      doc = try Self.readSpec(file)
      guard case .object = doc else {
        throw Failure(.invalidInput, "\(file): a spec must be a JSON object, got \(doc.typeName)")
      }
    }
    if let epochs { doc = doc.setting("epochs", to: .number(JSONNumber(epochs))) }
    if doc["epochs"] == nil && file == nil { doc = doc.setting("epochs", to: .number(JSONNumber(100))) }
    if let stepsPerEpoch { doc = doc.setting("steps_per_epoch", to: .number(JSONNumber(stepsPerEpoch))) }
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
        let (filled, _) = RunDefaults.fill(sched, run: RunShape(epochs: epochs, stepsPerEpoch: spe, interval: iv), lr: lrValue)
        doc = doc.setting("scheduler", to: filled)
      }
    }
    do {
      return try RunSpec(json: doc)
    } catch {
      throw Failure(error, source: file.map { $0 == "-" ? "standard input" : $0 })
    }
  }
}
