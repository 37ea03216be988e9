extension WarmupStrategy {
  /// timm's own warmup: `warmup_t=W` with `warmup_prefix=True`, so the schedule itself is not
  /// shortened.
  static let timmWarmupT: WarmupStrategy = WarmupStrategy(summary: "get warmup_t=W, warmup_prefix=True") { scheduler, steps throws(SpecError) in
    if scheduler[TimmWarmup.warmupT.name] != nil {
      throw SpecError("--warmup-steps", "the scheduler already sets warmup_t")
    }
    return scheduler.setting(TimmWarmup.warmupT.name, to: .number(JSONNumber(steps)))
      .setting(TimmWarmup.warmupPrefix(default: true).name, to: .bool(true))
  }
}
