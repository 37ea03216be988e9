/// The mistakes `lrsched lint` looks for, each with a stable code (`LR001`, ...) that scripts
/// and suppressions can rely on: codes are never renumbered or reused.
public enum LintRule: String, Sendable, CaseIterable {
  /// The schedule cannot be built, or the library raises at some step.
  case scheduleFails = "LR000"
  /// OneCycleLR's `total_steps` differs from the steps the run takes.
  case oneCycleTotalSteps = "LR001"
  /// A scheduler its library steps per batch (OneCycleLR, CyclicLR, transformers, optax, Keras,
  /// DeepSpeed, timm with t_in_epochs=False) stepped once per epoch.
  case cyclicPerEpoch = "LR002"
  /// A cosine schedule's period ends before the run, so the learning rate climbs back up.
  case cosineShorterThanRun = "LR003"
  /// The learning rate is exactly 0 at some step.
  case zeroLearningRate = "LR004"
  /// Milestones beyond the run, unsorted, repeated or at 0.
  case milestones = "LR005"
  /// StepLR's `step_size` is at least the run's length, so it never decays.
  case stepNeverDecays = "LR006"
  /// The learning rate never changes.
  case constantLearningRate = "LR007"
  /// The learning rate falls below 1e-3 of its peak in the first half of the run.
  case earlyCollapse = "LR008"
  /// A plateau scheduler with no (or too few) metrics.
  case plateauWithoutMetrics = "LR009"
  /// ChainedScheduler wrapping a closed-form scheduler that overwrites the others.
  case chainOverwrites = "LR010"
  /// SequentialLR with a milestone at 0.
  case sequentialMilestoneZero = "LR011"
  /// Adam (not AdamW) with weight decay under a schedule.
  case adamWeightDecay = "LR012"
  /// Weight decay on a parameter group named like biases or normalization layers.
  case decayOnBiasOrNorm = "LR013"
  /// The learning rate is NaN or infinite at some step.
  case nonFiniteLearningRate = "LR014"

  /// The stable code, `LR001`.
  public var code: String { rawValue }

  public var severity: LintSeverity { self == .scheduleFails ? .error : .warning }

  /// A short title for listings.
  public var title: String {
    switch self {
    case .scheduleFails: return "the schedule fails"
    case .oneCycleTotalSteps: return "one-cycle total steps differ from the steps run"
    case .cyclicPerEpoch: return "per-batch scheduler stepped per epoch"
    case .cosineShorterThanRun: return "cosine period shorter than the run"
    case .zeroLearningRate: return "learning rate exactly 0"
    case .milestones: return "milestones beyond the run, unsorted or repeated"
    case .stepNeverDecays: return "step decay period longer than the run"
    case .constantLearningRate: return "constant learning rate"
    case .earlyCollapse: return "decays below 1e-3 of the peak early"
    case .plateauWithoutMetrics: return "plateau scheduler without metrics"
    case .chainOverwrites: return "a closed-form scheduler in a chain"
    case .sequentialMilestoneZero: return "a sequence switching at step 0"
    case .adamWeightDecay: return "Adam with weight_decay"
    case .decayOnBiasOrNorm: return "weight decay on biases or norms"
    case .nonFiniteLearningRate: return "learning rate NaN or infinite"
    }
  }

  /// Every code with its title, one a line, for `--help`.
  public static var table: String {
    "Codes:\n" + allCases.map { "  \($0.code)  \($0.title)" }.joined(separator: "\n")
  }
}
