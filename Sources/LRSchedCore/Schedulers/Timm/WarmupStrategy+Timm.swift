extension WarmupStrategy {
  /// timm's own warmup: `warmup_t=W` with `warmup_prefix=True`, so the schedule itself is not
  /// shortened.
  static let timmWarmupT: WarmupStrategy = WarmupStrategy(summary: "get warmup_t=W, warmup_prefix=True") { scheduler, steps throws(SpecError) in
    if scheduler["warmup_t"] != nil {
      throw SpecError("--warmup-steps", "the scheduler already sets warmup_t")
    }
    return scheduler.setting("warmup_t", to: .number(JSONNumber(steps))).setting("warmup_prefix", to: .bool(true))
  }
}
