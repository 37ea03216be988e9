/// The shape of `get_wsd_schedule`'s warmup or decay: `"linear"`, `"cosine"` or `"1-sqrt"`.
enum WSDCurve: String, Sendable {
  case linear
  case cosine
  case oneMinusSqrt = "1-sqrt"

  /// The argument `name` (`warmup_type` / `decay_type`), `fallback` when absent, refused with
  /// transformers' message naming the `kind` of curve.
  static func parameter(_ name: String, default fallback: WSDCurve, kind: String, help: String) -> Param<WSDCurve> {
    Param(name, defaultText: "'\(fallback.rawValue)'", help: help) { args, key throws(SpecError) in
      let text = try args.string(key, default: fallback.rawValue)
      guard let curve = WSDCurve(rawValue: text) else {
        throw SpecError(args.path(key), "Unknown \(kind) type: \(text), expected 'linear', 'cosine' or '1-sqrt'")
      }
      return curve
    }
  }
}
