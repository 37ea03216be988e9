import LRSchedCore

/// Puts a linear warmup in front of a scheduler (`--warmup-steps`, `--warmup-epochs`), in each
/// library's own terms: PyTorch and transformers schedulers become the second stage of a
/// `SequentialLR` after `LinearLR(start_factor=0.001, total_iters=W)`; timm schedulers get
/// `warmup_t=W` (with `warmup_prefix`, so the schedule itself is not shortened).
enum WarmupWrapper {
  /// The factor the warmup starts from (PyTorch's LinearLR needs a positive one).
  static let startFactor = 0.001

  static let documentation = """
    --warmup-steps/--warmup-epochs put a linear warmup in front of the scheduler: torch and transformers \
    schedulers run after LinearLR(start_factor=0.001, total_iters=W) in a SequentialLR; timm schedulers get \
    warmup_t=W, warmup_prefix=true. Run-length defaults of the scheduler then cover the steps after the warmup.
    """

  /// `scheduler` with a `steps`-step warmup in front, or a `Failure` when its library has its own
  /// warmup schedules instead.
  static func wrap(_ scheduler: JSONValue, steps: Int) throws -> JSONValue {
    guard case .string(let type)? = scheduler["type"], let d = SchedulerCatalog.lookup(type) else {
      throw Failure(.invalidInput, "--warmup-steps needs a scheduler")
    }
    switch d.library {
    case .torch, .transformers:
      if d.bareName == "ReduceLROnPlateau" || d.qualifiedName == "transformers.reduce_lr_on_plateau" {
        throw Failure(.invalidInput, "--warmup-steps: \(d.bareName) cannot follow a warmup stage (SequentialLR does not support it)")
      }
      let warmup: JSONValue = .object([
        ("type", .string("LinearLR")), ("start_factor", .number(JSONNumber(startFactor))),
        ("end_factor", .number(JSONNumber(1.0))), ("total_iters", .number(JSONNumber(steps))),
      ])
      return .object([
        ("type", .string("SequentialLR")), ("schedulers", .array([warmup, scheduler])),
        ("milestones", .array([.number(JSONNumber(steps))])),
      ])
    case .timm:
      if scheduler["warmup_t"] != nil {
        throw Failure(.invalidInput, "--warmup-steps: the scheduler already sets warmup_t")
      }
      return scheduler.setting("warmup_t", to: .number(JSONNumber(steps)))
        .setting("warmup_prefix", to: .bool(true))
    case .optax, .keras:
      throw Failure(
        .invalidInput,
        "--warmup-steps: \(d.qualifiedName) computes absolute values; use its library's warmup schedules (optax.warmup_cosine_decay_schedule, optax.join_schedules, keras.CosineDecay's warmup_steps)")
    }
  }
}
