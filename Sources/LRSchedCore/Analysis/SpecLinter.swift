/// The lint rules that need only the spec: each scheduler's own rules (its descriptor's `lint`),
/// LR002 for the first scheduler stepped per batch, the metric rule, and the optimizer's.
public enum SpecLinter {
  /// Every finding the spec alone shows, in scheduler-tree order, then the optimizer's, for the
  /// run as `Simulation.shape(of:)` sizes it.
  public static func findings(_ spec: RunSpec) -> [LintFinding] {
    findings(spec, shape: Simulation.shape(of: spec))
  }

  /// Every finding the spec shows for a run of `shape`.
  public static func findings(_ spec: RunSpec, shape: RunShape) -> [LintFinding] {
    let root = SchedulerNode(spec.scheduler, span: shape.rows)
    let context = LintContext(spec: spec, shape: shape)
    var out: [LintFinding] = []
    var perBatchSeen = false
    for node in root.all {
      if let d = node.descriptor { out += d.lint(node, context) }
      if !perBatchSeen && node.stepsPerBatch {
        perBatchSeen = true
        out += context.perEpochFinding(node)
      }
    }
    out += metricFindings(spec, shape: shape, root: root)
    out += optimizerFindings(spec)
    return out
  }

  /// LR009: a scheduler stepping on a metric (as built, or by name when it cannot be built)
  /// without one metric per step.
  private static func metricFindings(_ spec: RunSpec, shape: RunShape, root: SchedulerNode) -> [LintFinding] {
    let rows = shape.rows
    let named = root.all.first { $0.traits.contains(.metricDriven) }
    let built = try? BuildContext(optimizer: spec.optimizer.makeOptimizer(), run: shape).build(spec.scheduler, path: "scheduler")
    guard built?.needsMetric ?? (named != nil) else { return [] }
    let name = named?.className ?? root.className
    if spec.metrics == nil {
      guard spec.train == nil else { return [] }
      return [
        LintFinding(
          .plateauWithoutMetrics,
          "\(name) steps on a monitored value (scheduler.step(val_loss)) but the spec has no \"metrics\": it cannot be simulated, and in training it needs the metric every step.",
          fix: "add \"metrics\": one validation loss (or accuracy, with mode \"max\") per scheduler step, \(rows) in all.",
          path: named?.path ?? root.path)
      ]
    }
    if let m = spec.metrics, m.count < rows {
      return [
        LintFinding(
          .plateauWithoutMetrics, "\(name) needs one metric per scheduler step (\(rows)), but \"metrics\" has \(m.count).",
          fix: "give \(rows) metrics, or shorten the run.", path: "metrics")
      ]
    }
    return []
  }

  private static func optimizerFindings(_ spec: RunSpec) -> [LintFinding] {
    var out: [LintFinding] = []
    let groups = spec.optimizer.groups
    let explicitGroups = spec.json["optimizer"]?["param_groups"] != nil
    if spec.optimizer.kind == .adam, let i = groups.firstIndex(where: { $0.weightDecay > 0 }) {
      let path = explicitGroups && spec.json["optimizer"]?["weight_decay"] == nil ? "optimizer.param_groups[\(i)].weight_decay" : "optimizer.weight_decay"
      out.append(
        LintFinding(
          .adamWeightDecay,
          "Adam with weight_decay \(DoubleFormat.shortest(groups[i].weightDecay)) adds L2 to the gradient, where Adam's adaptive scaling weakens it unevenly; under a schedule its effect also shifts with the learning rate.",
          fix: "use AdamW (decoupled weight decay) with the same weight_decay, or weight_decay 0.",
          path: path))
    }
    if explicitGroups {
      for (i, g) in groups.enumerated() where g.weightDecay > 0 && (looksLikeBiasOrNorm(g.name) || looksLikeNoDecay(g.name)) {
        let why = looksLikeNoDecay(g.name)
          ? "the name says no decay, but it inherits or sets one"
          : "decaying biases and normalization weights usually hurts and is almost never intended"
        out.append(
          LintFinding(
            .decayOnBiasOrNorm,
            "parameter group '\(g.name)' has weight_decay \(DoubleFormat.shortest(g.weightDecay)): \(why).",
            fix: "set \"weight_decay\": 0 in this group.",
            path: "optimizer.param_groups[\(i)].weight_decay"))
      }
    }
    return out
  }

  /// Whether a group name says it should not be decayed (`no_decay`, `nodecay`, `no-wd`).
  static func looksLikeNoDecay(_ name: String) -> Bool {
    let squashed = String(name.lowercased().filter { $0.isLetter })
    return squashed.contains("nodecay") || squashed.contains("nowd") || squashed.contains("noweightdecay")
  }

  /// Whether a group name suggests biases or normalization parameters (`bias`, `no_decay_norm`,
  /// `layernorm`, `bn`, `ln`).
  static func looksLikeBiasOrNorm(_ name: String) -> Bool {
    let lower = name.lowercased()
    if lower.contains("bias") || lower.contains("norm") { return true }
    let tokens = lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    return tokens.contains { $0 == "bn" || $0 == "ln" || $0 == "gn" }
  }
}
