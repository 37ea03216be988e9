import LRSchedCore

/// `lr_cycle_mul`, `lr_cycle_decay`, `lr_cycle_limit` and the cycle length timm's
/// `get_cycle_length()` computes from them.
struct TimmCycles {
  let mul: JSONNumber
  let decay: JSONNumber
  let limit: Int

  var members: [(key: String, value: JSONValue)] {
    [("cycle_mul", .number(mul)), ("cycle_decay", .number(decay)), ("cycle_limit", .number(JSONNumber(limit)))]
  }

  /// `t_initial * cycles` when `cycle_mul == 1`, else `floor(-t_initial * (mul ** cycles - 1) /
  /// (1 - mul))`; plus `warmupT` (non-zero with `warmup_prefix`).
  func length(tInitial: JSONValue, warmupT: JSONValue, at path: String) throws(SpecError) -> Int {
    let cycles = max(1, limit)
    guard case .number(let t) = tInitial else { return 0 }
    var length: Int
    if mul.double == 1.0 {
      if let ti = t.int {
        let (p, overflow) = ti.multipliedReportingOverflow(by: cycles)
        guard !overflow else { throw SpecError(path, "the cycles are too long") }
        length = p
      } else {
        length = try TimmTrainConfig.toInt(t.double * Double(cycles), at: path)
      }
    } else {
      let x = -t.double * (PyMath.pow(mul.double, Double(cycles)) - 1) / (1 - mul.double)
      length = try TimmTrainConfig.toInt(x.rounded(.down), at: path)
    }
    return try TimmTrainConfig.sum(.number(JSONNumber(length)), warmupT, at: path)
  }
}
