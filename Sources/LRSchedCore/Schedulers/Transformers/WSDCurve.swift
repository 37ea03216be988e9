/// The shape of `get_wsd_schedule`'s warmup or decay: `"linear"`, `"cosine"` or `"1-sqrt"`.
enum WSDCurve: String, Sendable {
  case linear
  case cosine
  case oneMinusSqrt = "1-sqrt"

  /// The argument `key` (`warmup_type` / `decay_type`), refused with transformers' message.
  static func read(_ args: SchedulerArguments, _ key: String, kind: String) throws(SpecError) -> WSDCurve {
    let name = try args.string(key, default: key == "warmup_type" ? "linear" : "cosine")
    guard let curve = WSDCurve(rawValue: name) else {
      throw SpecError(args.path(key), "Unknown \(kind) type: \(name), expected 'linear', 'cosine' or '1-sqrt'")
    }
    return curve
  }
}
