/// The lint rules that need only the spec: the scheduler tree, the run's shape and the optimizer.
public enum SpecLinter {
  /// Schedulers whose `get_lr` computes from `base_lrs` alone, so inside a `ChainedScheduler` they
  /// overwrite what the others wrote.
  static let closedForm: Set<String> = ["torch.LambdaLR", "torch.OneCycleLR", "torch.CyclicLR", "torch.CosineAnnealingWarmRestarts"]
  /// Schedulers that step on a monitored metric.
  static let metricDriven: Set<String> = [
    "torch.ReduceLROnPlateau", "timm.PlateauLRScheduler", "transformers.get_reduce_on_plateau_schedule",
    "transformers.reduce_lr_on_plateau", "transformers.GreedyLR", "transformers.get_greedy_schedule", "transformers.greedy",
  ]

  /// Every finding the spec alone shows, in scheduler-tree order, then the optimizer's.
  public static func findings(_ spec: RunSpec) -> [LintFinding] {
    let root = SchedulerNode(spec.scheduler, span: spec.rows)
    var out: [LintFinding] = []
    for node in root.all {
      out += findings(node, spec: spec)
    }
    out += metricFindings(spec, root: root)
    out += optimizerFindings(spec)
    return out
  }

  private static func steps(_ n: Int) -> String { "\(n) step\(n == 1 ? "" : "s")" }

  /// How the run steps, for messages: `100 epochs` or `10 epochs × 100 steps`.
  private static func runText(_ spec: RunSpec, span: Int, whole: Bool) -> String {
    guard whole else { return "its part of the run (\(steps(span)))" }
    if spec.interval == .step { return "the run (\(spec.epochs) epochs × \(spec.stepsPerEpoch) steps = \(steps(span)))" }
    return "the run (\(span) epoch\(span == 1 ? "" : "s"))"
  }

  private static func findings(_ node: SchedulerNode, spec: RunSpec) -> [LintFinding] {
    guard let q = node.qualifiedName else { return [] }
    let span = node.span
    let whole = node.start == 0 && span == spec.rows
    let run = runText(spec, span: span, whole: whole)
    let name = node.className
    var out: [LintFinding] = []
    switch q {
    case "torch.OneCycleLR":
      var total = node.int("total_steps")
      var key = "total_steps"
      if total == nil, let e = node.int("epochs"), let s = node.int("steps_per_epoch") {
        let (p, overflow) = e.multipliedReportingOverflow(by: s)
        if !overflow { total = p }
        key = "epochs"
      }
      if let total, span > 0 {
        let needed = node.steppedAfterLast ? span : span - 1
        if total < needed {
          out.append(
            LintFinding(
              .oneCycleTotalSteps,
              "OneCycleLR's total steps (\(total)) are fewer than the \(steps(span)) of \(run): PyTorch raises \"Tried to step \(total + 1) times\" at the scheduler.step() after step \(node.start + total).",
              fix: "set total_steps to \(span) (the number of scheduler.step() calls), or epochs and steps_per_epoch to the run's.",
              path: "\(node.path).\(key)"))
        } else if total > span {
          out.append(
            LintFinding(
              .oneCycleTotalSteps,
              "OneCycleLR's total steps (\(total)) are more than the \(steps(span)) of \(run): the run ends at step \(span - 1) of \(total), before annealing finishes, at a learning rate well above the final one.",
              fix: "set total_steps to \(span) (the number of scheduler.step() calls).",
              path: "\(node.path).\(key)"))
        }
      }
      out += perEpochFinding(node, spec: spec, name: name)
    case "torch.CyclicLR":
      out += perEpochFinding(node, spec: spec, name: name)
    case "torch.CosineAnnealingLR":
      if let tMax = node.int("T_max"), tMax > 0, tMax < span - 1 {
        out.append(
          LintFinding(
            .cosineShorterThanRun,
            "CosineAnnealingLR's T_max (\(tMax)) is shorter than \(run): the learning rate reaches eta_min at step \(node.start + tMax) and then climbs back up (PyTorch's cosine has period 2 × T_max).",
            fix: "set T_max to \(span), or use CosineAnnealingWarmRestarts if restarts are intended.",
            path: "\(node.path).T_max"))
      }
    case "transformers.get_cosine_schedule_with_warmup":
      if let total = node.int("num_training_steps"), total > 0, total < span - 1, (node.number("num_cycles") ?? 0.5) == 0.5 {
        out.append(
          LintFinding(
            .cosineShorterThanRun,
            "num_training_steps (\(total)) is shorter than \(run): past step \(node.start + total) the cosine climbs back up.",
            fix: "set num_training_steps to \(span).",
            path: "\(node.path).num_training_steps"))
      }
    case "torch.StepLR":
      if let size = node.int("step_size"), size >= span, span > 1 {
        out.append(
          LintFinding(
            .stepNeverDecays,
            "StepLR's step_size (\(size)) is not shorter than \(run): the learning rate never decays.",
            fix: "set step_size below \(span) (e.g. \(max(span / 3, 1)) for decays at a third and two thirds of the run).",
            path: "\(node.path).step_size"))
      }
    case "torch.MultiStepLR":
      out += milestoneFindings(node, key: "milestones", span: span, run: run, owner: name, sequential: false)
    case "torch.SequentialLR":
      out += milestoneFindings(node, key: "milestones", span: span, run: run, owner: name, sequential: true)
      if let m = node.intList("milestones"), let i = m.firstIndex(of: 0) {
        out.append(
          LintFinding(
            .sequentialMilestoneZero,
            "SequentialLR's milestone at 0: the first scheduler is never used past its initial step, and the next one is not restarted at its milestone, so it starts one step in.",
            fix: "drop the first scheduler and its milestone, or move the milestone past 0.",
            path: "\(node.path).milestones[\(i)]"))
      }
    case "torch.ChainedScheduler":
      if node.children.count >= 2 {
        for child in node.children where child.qualifiedName.map(closedForm.contains) == true {
          out.append(
            LintFinding(
              .chainOverwrites,
              "ChainedScheduler steps \(child.className), which computes its learning rate from the initial one alone: it overwrites what the other chained schedulers wrote, so their factors do not compose.",
              fix: "multiply the factors in one LambdaLR, or run the schedulers one after another with SequentialLR.",
              path: child.path))
        }
      }
    default:
      break
    }
    return out
  }

  /// LR009: a scheduler stepping on a metric (as built, or by name when it cannot be built)
  /// without one metric per step.
  private static func metricFindings(_ spec: RunSpec, root: SchedulerNode) -> [LintFinding] {
    let named = root.all.first { $0.qualifiedName.map(metricDriven.contains) == true }
    let built = try? BuildContext(optimizer: spec.optimizer.makeOptimizer(), run: spec.shape).build(spec.scheduler, path: "scheduler")
    guard built?.needsMetric ?? (named != nil) else { return [] }
    let name = named?.className ?? root.className
    if spec.metrics == nil {
      return [
        LintFinding(
          .plateauWithoutMetrics,
          "\(name) steps on a monitored value (scheduler.step(val_loss)) but the spec has no \"metrics\": it cannot be simulated, and in training it needs the metric every step.",
          fix: "add \"metrics\": one validation loss (or accuracy, with mode \"max\") per scheduler step, \(spec.rows) in all.",
          path: named?.path ?? root.path)
      ]
    }
    if let m = spec.metrics, m.count < spec.rows {
      return [
        LintFinding(
          .plateauWithoutMetrics, "\(name) needs one metric per scheduler step (\(spec.rows)), but \"metrics\" has \(m.count).",
          fix: "give \(spec.rows) metrics, or shorten the run.", path: "metrics")
      ]
    }
    return []
  }

  private static func perEpochFinding(_ node: SchedulerNode, spec: RunSpec, name: String) -> [LintFinding] {
    let batches = max(spec.stepsPerEpoch, node.int("steps_per_epoch") ?? 1)
    guard spec.interval == .epoch, batches > 1 else { return [] }
    return [
      LintFinding(
        .cyclicPerEpoch,
        "\(name) is stepped once per epoch (\"interval\": \"epoch\") though it is meant to step after every batch (\(batches) per epoch): its cycle stretches over epochs instead of iterations.",
        fix: "set \"interval\": \"step\" and call scheduler.step() after each optimizer.step(); size the cycle in batches.",
        path: "interval")
    ]
  }

  private static func milestoneFindings(
    _ node: SchedulerNode, key: String, span: Int, run: String, owner: String, sequential: Bool
  ) -> [LintFinding] {
    guard let m = node.intList(key), !m.isEmpty else { return [] }
    var out: [LintFinding] = []
    let path = "\(node.path).\(key)"
    if let i = m.firstIndex(where: { $0 >= span }) {
      let effect = sequential ? "the scheduler after it never runs" : "its decay never happens"
      out.append(
        LintFinding(
          .milestones,
          "\(owner) milestone \(m[i]) is beyond \(run) (last step \(span - 1)): \(effect).",
          fix: "use milestones below \(span), in steps of the scheduler (\(sequential ? "scheduler.step() calls" : "epochs or batches, as the interval says")).",
          path: "\(path)[\(i)]"))
    }
    if let i = m.indices.dropFirst().first(where: { m[$0] < m[$0 - 1] }) {
      let effect = sequential ? "SequentialLR switches by bisecting them, so the schedulers run in the wrong order" : "PyTorch counts them regardless of order, but the list reads as a mistake"
      out.append(
        LintFinding(
          .milestones, "\(owner) milestones are not sorted (\(m[i - 1]) before \(m[i])): \(effect).",
          fix: "sort the milestones in increasing order.", path: "\(path)[\(i)]"))
    }
    if let i = m.indices.first(where: { i in m[..<i].contains(m[i]) }) {
      let effect = sequential ? "a scheduler between them never runs" : "gamma is applied \(m.filter { $0 == m[i] }.count) times at once at step \(m[i])"
      out.append(
        LintFinding(
          .milestones, "\(owner) milestone \(m[i]) is repeated: \(effect).",
          fix: "list each milestone once\(sequential ? "" : " (use a smaller gamma for a larger drop)").", path: "\(path)[\(i)]"))
    }
    if !sequential, let i = m.firstIndex(of: 0) {
      out.append(
        LintFinding(
          .milestones, "\(owner) milestone 0 decays the learning rate at the very first step: the run never uses the optimizer's lr.",
          fix: "remove milestone 0 (or lower the optimizer's lr instead).", path: "\(path)[\(i)]"))
    }
    return out
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
