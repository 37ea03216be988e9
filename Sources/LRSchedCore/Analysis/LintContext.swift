/// What a scheduler's lint rules see besides its own node: the run, and the wording and checks
/// that rules of several schedulers share.
public struct LintContext: Sendable {
  public let spec: RunSpec
  /// The run's length and stepping as the simulation sees it (`steps_per_epoch` set by the
  /// training data when the spec trains).
  public let shape: RunShape

  public init(spec: RunSpec, shape: RunShape) {
    self.spec = spec
    self.shape = shape
  }

  /// `1 step`, `30 steps`.
  public func steps(_ n: Int) -> String { "\(n) step\(n == 1 ? "" : "s")" }

  /// The rows `node` drives, for messages: `the run (100 epochs)`, `the run (10 epochs × 100
  /// steps = 1000 steps)`, or `its part of the run (40 steps)`.
  public func runText(_ node: SchedulerNode) -> String {
    let span = node.span
    guard node.start == 0 && span == shape.rows else { return "its part of the run (\(steps(span)))" }
    if shape.interval == .step { return "the run (\(shape.epochs) epochs × \(shape.stepsPerEpoch) steps = \(steps(span)))" }
    return "the run (\(span) epoch\(span == 1 ? "" : "s"))"
  }

  /// LR002: a scheduler meant to step after every batch (`SchedulerNode.stepsPerBatch`), stepped
  /// once an epoch.
  public func perEpochFinding(_ node: SchedulerNode) -> [LintFinding] {
    let batches = max(shape.stepsPerEpoch, node.int("steps_per_epoch") ?? 1)
    guard shape.interval == .epoch, batches > 1 else { return [] }
    return [
      LintFinding(
        .cyclicPerEpoch,
        "\(node.className) is stepped once per epoch (\"interval\": \"epoch\") though it is meant to step after every batch (\(batches) per epoch): its cycle stretches over epochs instead of iterations.",
        fix: "set \"interval\": \"step\" and call scheduler.step() after each optimizer.step(); size the cycle in batches.",
        path: "interval")
    ]
  }

  /// LR005: milestones (`key`) beyond the rows the scheduler drives, unsorted, repeated, or at 0.
  /// `sequential`: they switch between schedulers rather than decay.
  public func milestoneFindings(_ node: SchedulerNode, key: String, sequential: Bool) -> [LintFinding] {
    guard let m = node.intList(key), !m.isEmpty else { return [] }
    let span = node.span
    let run = runText(node)
    let owner = node.className
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
      let effect = sequential ? "\(owner) switches by bisecting them, so the schedulers run in the wrong order" : "PyTorch counts them regardless of order, but the list reads as a mistake"
      out.append(
        LintFinding(
          .milestones, "\(owner) milestones are not sorted (\(m[i - 1]) before \(m[i])): \(effect).",
          fix: "sort the milestones in increasing order.", path: "\(path)[\(i)]"))
    }
    var earlier: Set<Int> = []
    if let i = m.indices.first(where: { !earlier.insert(m[$0]).inserted }) {
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
}
