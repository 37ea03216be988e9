/// The `optimizer` section of a spec: the dummy optimizer's kind, defaults and parameter groups.
public struct OptimizerSpec: Sendable, Equatable {
  public var kind: OptimizerKind
  /// One entry per parameter group, defaults applied.
  public var groups: [ParamGroup]
  /// The optimizer-level `lr` (torch's `optimizer.defaults["lr"]`).
  public var defaultLR: Double

  /// Keys a group (or the optimizer's defaults) may set.
  static let groupKeys = ["name", "lr", "momentum", "betas", "weight_decay", "dampening", "nesterov", "eps", "amsgrad"]
  /// Keys only a group may set: `initial_lr` (a resumed run's, which schedulers keep as their
  /// base) and timm's layer-wise decay `lr_scale`; torch keeps any key a group has.
  static let groupOnlyKeys = ["initial_lr", "lr_scale"]
  /// `lr` when the spec leaves it out: the default of `torch.optim.SGD`, `Adam` and `AdamW`.
  static let defaultLearningRate = 1e-3

  /// Reads and validates `value` (the spec's `optimizer` object) at `path`.
  public init(_ value: JSONValue, path: String = "optimizer") throws(SpecError) {
    guard case .object(let members) = value else {
      throw SpecError(path, "must be an object such as {\"type\": \"SGD\", \"lr\": 0.1}, got \(value.typeName)")
    }
    let typeName: String
    switch value["type"] {
    case nil: typeName = "SGD"
    case .string(let s)?: typeName = s
    case let v?: throw SpecError(path + ".type", "must be a string, got \(v.typeName)")
    }
    guard let kind = OptimizerKind(name: typeName) else {
      throw SpecError(
        path + ".type",
        "unknown optimizer '\(typeName)'\(Suggestion.hint(for: typeName, in: OptimizerKind.allCases.map(\.rawValue))); one of SGD, Adam, AdamW")
    }
    self.kind = kind
    for (key, _) in members where key != "type" && key != "param_groups" && !Self.groupKeys.contains(key) {
      throw SpecError(path + "." + key, "\(kind.rawValue) has no option '\(key)'\(Suggestion.hint(for: key, in: Self.groupKeys))")
    }
    let lrValue = value["lr"] ?? .number(JSONNumber(Self.defaultLearningRate))
    let defaults = try Self.group(from: value, base: nil, kind: kind, name: "0", path: path, lr: lrValue)
    self.defaultLR = defaults.lr
    if case .array(let entries)? = value["param_groups"] {
      guard !entries.isEmpty else { throw SpecError(path + ".param_groups", "must list at least one group") }
      guard entries.count <= 64 else { throw SpecError(path + ".param_groups", "at most 64 groups, got \(entries.count)") }
      var groups: [ParamGroup] = []
      for (i, entry) in entries.enumerated() {
        let p = "\(path).param_groups[\(i)]"
        guard case .object(let m) = entry else { throw SpecError(p, "must be an object, got \(entry.typeName)") }
        for (key, _) in m where !Self.groupKeys.contains(key) && !Self.groupOnlyKeys.contains(key) {
          throw SpecError(
            p + "." + key,
            "a parameter group has no option '\(key)'\(Suggestion.hint(for: key, in: Self.groupKeys + Self.groupOnlyKeys))")
        }
        groups.append(try Self.group(from: entry, base: defaults, kind: kind, name: String(i), path: p, lr: entry["lr"]))
      }
      var seen: Set<String> = []
      for (i, g) in groups.enumerated() where !seen.insert(g.name).inserted {
        throw SpecError("\(path).param_groups[\(i)].name", "the name '\(g.name)' is used by an earlier group")
      }
      self.groups = groups
    } else if let pg = value["param_groups"] {
      throw SpecError(path + ".param_groups", "must be a list of objects, got \(pg.typeName)")
    } else {
      self.groups = [defaults]
    }
  }

  private static func group(
    from value: JSONValue, base: ParamGroup?, kind: OptimizerKind, name: String, path: String, lr: JSONValue?
  ) throws(SpecError) -> ParamGroup {
    func number(_ key: String) throws(SpecError) -> Double? {
      guard let v = value[key], v != .null else { return nil }
      return try SchedulerArguments.double(v, at: "\(path).\(key)")
    }
    func flag(_ key: String) throws(SpecError) -> Bool? {
      guard let v = value[key], v != .null else { return nil }
      guard case .bool(let b) = v else { throw SpecError("\(path).\(key)", "must be true or false, got \(v.typeName)") }
      return b
    }
    var g = base ?? ParamGroup(name: name, lr: 0, momentum: kind.usesBetas ? nil : 0, betas: kind.usesBetas ? (0.9, 0.999) : nil, weightDecay: kind == .adamW ? 0.01 : 0)
    g.name = name
    if case .string(let s)? = value["name"] { g.name = s } else if let v = value["name"], v != .null {
      throw SpecError(path + ".name", "must be a string, got \(v.typeName)")
    }
    if let lr, lr != .null {
      let x = try SchedulerArguments.double(lr, at: path + ".lr")
      guard x >= 0 else { throw SpecError(path + ".lr", "Invalid learning rate: \(DoubleFormat.shortest(x))") }
      g.lr = x
    }
    if let m = try number("momentum") {
      guard !kind.usesBetas else { throw SpecError(path + ".momentum", "\(kind.rawValue) has betas, not momentum") }
      guard m >= 0 else { throw SpecError(path + ".momentum", "Invalid momentum value: \(DoubleFormat.shortest(m))") }
      g.momentum = m
    }
    if let b = value["betas"], b != .null {
      guard kind.usesBetas else { throw SpecError(path + ".betas", "SGD has momentum, not betas") }
      guard case .array(let items) = b, items.count == 2 else {
        throw SpecError(path + ".betas", "must be a list of two numbers, e.g. [0.9, 0.999]")
      }
      let b1 = try SchedulerArguments.double(items[0], at: path + ".betas[0]")
      let b2 = try SchedulerArguments.double(items[1], at: path + ".betas[1]")
      guard (0..<1).contains(b1) else { throw SpecError(path + ".betas[0]", "Invalid beta parameter at index 0: \(DoubleFormat.shortest(b1))") }
      guard (0..<1).contains(b2) else { throw SpecError(path + ".betas[1]", "Invalid beta parameter at index 1: \(DoubleFormat.shortest(b2))") }
      g.betas = (b1, b2)
    }
    if let wd = try number("weight_decay") {
      guard wd >= 0 else { throw SpecError(path + ".weight_decay", "Invalid weight_decay value: \(DoubleFormat.shortest(wd))") }
      g.weightDecay = wd
    }
    if let d = try number("dampening") { g.dampening = d }
    if let e = try number("eps") {
      guard e >= 0 else { throw SpecError(path + ".eps", "Invalid epsilon value: \(DoubleFormat.shortest(e))") }
      g.eps = e
    }
    if base != nil {
      g.initialLR = try number("initial_lr")
      g.lrScale = try number("lr_scale")
    }
    if let n = try flag("nesterov") { g.nesterov = n }
    if let a = try flag("amsgrad") { g.amsgrad = a }
    if g.nesterov && (g.momentum ?? 0 <= 0 || g.dampening != 0) {
      throw SpecError(path + ".nesterov", "Nesterov momentum requires a momentum and zero dampening")
    }
    return g
  }

  /// A fresh optimizer with these groups.
  public func makeOptimizer() -> Optimizer {
    Optimizer(kind: kind, paramGroups: groups, defaultLR: defaultLR)
  }
}
