/// The lint rules that need the simulated rows, checked as they stream by in constant memory:
/// a learning rate of exactly 0 (LR004), one that never changes (LR007), one that collapses
/// below 1e-3 of its peak in the first half of the run (LR008), and one that is NaN or infinite
/// (LR014).
public final class RowLinter {
  /// The fraction of the peak below which a learning rate counts as collapsed.
  public static let collapseRatio = 1e-3

  private let rows: Int
  private let groupNames: [String]
  /// Groups whose optimizer lr is above 0: a group configured at 0 is frozen on purpose.
  private let live: [Bool]
  private var seen = 0
  private var firstZero: (step: Int, group: Int)?
  private var lastZero: Int?
  private var zeroRows = 0
  private var first: [Double] = []
  private var changed = false
  private var peak: [Double] = []
  private var peakStep: [Int] = []
  private var collapse: (step: Int, group: Int, lr: Double, peak: Double, peakStep: Int)?
  private var nonFinite: (step: Int, group: Int, lr: Double)?

  /// A linter of `rows` rows of `spec` (its own row count unless given).
  public init(_ spec: RunSpec, rows: Int? = nil) {
    self.rows = rows ?? spec.rows
    groupNames = spec.optimizer.groups.map(\.name)
    live = spec.optimizer.groups.map { $0.lr > 0 }
  }

  /// Takes the next row into account.
  public func observe(_ row: borrowing SimulationRow) {
    seen = row.step + 1
    let lrs = row.lrs
    if first.isEmpty {
      first = lrs
      peak = lrs
      peakStep = Array(repeating: row.step, count: lrs.count)
    } else if !changed && lrs != first {
      changed = true
    }
    var zero = false
    for (g, lr) in lrs.enumerated() where g < live.count && g < peak.count {
      if !lr.isFinite && nonFinite == nil { nonFinite = (row.step, g, lr) }
      if lr == 0 && live[g] {
        zero = true
        if firstZero == nil { firstZero = (row.step, g) }
      }
      if collapse == nil, lr > 0, row.step < rows / 2, lr < Self.collapseRatio * peak[g] {
        collapse = (row.step, g, lr, peak[g], peakStep[g])
      }
      if lr > peak[g] {
        peak[g] = lr
        peakStep[g] = row.step
      }
    }
    if zero {
      zeroRows += 1
      lastZero = row.step
    }
  }

  private func groupText(_ g: Int) -> String {
    groupNames.count > 1 && g < groupNames.count ? " (group \(groupNames[g]))" : ""
  }

  /// The findings. `complete` says whether every row was observed; the constant-rate rule needs
  /// the whole run.
  public func findings(complete: Bool) -> [LintFinding] {
    var out: [LintFinding] = []
    if let z = firstZero {
      let where_ = "at step \(z.step)"
      let count = zeroRows == 1 ? "" : " (\(zeroRows) steps in all)"
      let fix: String
      if z.step == 0 {
        fix = "start the warmup above 0 (a start factor of 1/warmup_steps, lr_lambda (step + 1) / warmup_steps, optax init_value > 0); transformers' warmups start at 0 by design, which costs that one step."
      } else if lastZero == seen - 1 && complete {
        fix = "end the decay at the run's last step (T_max / total steps = the number of steps) or keep a floor (eta_min > 0)."
      } else {
        fix = "check the schedule's factors and milestones: no step should train at lr 0."
      }
      out.append(
        LintFinding(
          .zeroLearningRate,
          "the learning rate is exactly 0 \(where_)\(groupText(z.group))\(count): an optimizer step at lr 0 changes nothing, so those steps are wasted.",
          fix: fix, step: z.step))
    }
    if let n = nonFinite {
      out.append(
        LintFinding(
          .nonFiniteLearningRate,
          "the learning rate is \(DoubleFormat.shortest(n.lr)) at step \(n.step)\(groupText(n.group)): training would diverge or stop updating.",
          fix: "check the expressions and factors for a division by zero or an overflow (e.g. a lr_lambda at step 0).", step: n.step))
    }
    if complete && !changed && rows > 1, let lr = first.first {
      let value = first.count == 1 ? DoubleFormat.shortest(lr) : first.map(DoubleFormat.shortest).joined(separator: ", ")
      out.append(
        LintFinding(
          .constantLearningRate,
          "the learning rate never changes: \(value) for all \(rows) steps, so the scheduler does nothing.",
          fix: "check its arguments (a gamma of 1, a factor of 1, a step_size or milestones past the run) or drop the scheduler."))
    }
    if let c = collapse {
      out.append(
        LintFinding(
          .earlyCollapse,
          "by step \(c.step) of \(rows)\(groupText(c.group)) the learning rate is \(DoubleFormat.shortest(c.lr)), below \(DoubleFormat.shortest(Self.collapseRatio)) of its peak \(DoubleFormat.shortest(c.peak)) (step \(c.peakStep)): the rest of the run barely trains.",
          fix: "decay more slowly: a gamma closer to 1, later milestones, or a longer decay.", step: c.step))
    }
    return out
  }
}
