/// timm's learning-rate noise (`noise_range_t`, `noise_type`, `noise_pct`, `noise_std`,
/// `noise_seed`): inside the range, each value `v` becomes `v + v * noise`, with `noise` drawn
/// from a generator seeded with `noise_seed + t`.
///
/// `"normal"` noise is `torch.randn(1) * noise_std`, redrawn until `abs(noise) < noise_pct`; any
/// other type is `2 * (torch.rand(1) - 0.5) * noise_pct`. The draws are PyTorch's CPU generator's
/// (`TorchCPUGenerator`), so the noise equals timm's bit for bit.
struct TimmNoise: Sendable {
  /// `noise_range_t`: `nil` (no noise), from a step on, or `[start, end)`.
  enum Range: Sendable {
    case from(Double)
    case between(Double, Double)
  }

  /// How many normal draws to try before giving up where timm would loop for ever.
  static let drawLimit = 1_000_000

  let range: Range?
  let normal: Bool
  let pct: Double
  let std: Double
  let seed: Int
  let path: String

  /// `_is_apply_noise(t)`.
  func applies(at t: Int) -> Bool {
    switch range {
    case nil: false
    case .from(let start)?: Double(t) >= start
    case .between(let start, let end)?: start <= Double(t) && Double(t) < end
    }
  }

  /// `_calculate_noise(t)`.
  func noise(at t: Int) throws(SpecError) -> Double {
    let (s, overflow) = seed.addingReportingOverflow(t)
    guard !overflow else { throw SpecError(path + ".noise_seed", "ValueError: Overflow when unpacking long long") }
    var g = TorchCPUGenerator(seed: s)
    guard normal else { return 2 * (g.rand() - 0.5) * pct }
    guard pct > 0 else {
      throw SpecError(path + ".noise_pct", "timm would redraw the noise for ever: abs(noise) < noise_pct (\(DoubleFormat.shortest(pct))) is never true")
    }
    for _ in 0..<Self.drawLimit {
      let n = g.randn() * std
      if abs(n) < pct { return n }
    }
    throw SpecError(
      path + ".noise_pct",
      "timm would redraw the noise for ever: no draw of \(Self.drawLimit) had abs(noise) < noise_pct (\(DoubleFormat.shortest(pct)))")
  }

  /// `_add_noise(lrs, t)`.
  func apply(_ lrs: [Double], at t: Int) throws(SpecError) -> [Double] {
    guard applies(at: t) else { return lrs }
    let n = try noise(at: t)
    return lrs.map { $0 + $0 * n }
  }

  /// The noise arguments of a timm scheduler; `type` is read only where the class takes
  /// `noise_type` (PlateauLRScheduler).
  static func read(_ args: SchedulerArguments, takesType: Bool) throws(SpecError) -> TimmNoise {
    var range: Range?
    if let v = args.value("noise_range_t") {
      let p = args.path("noise_range_t")
      if case .array(let items) = v {
        guard items.count >= 2 else { throw SpecError(p, "IndexError: list index out of range (a range needs [start, end])") }
        range = .between(
          try SchedulerArguments.double(items[0], at: p + "[0]"), try SchedulerArguments.double(items[1], at: p + "[1]"))
      } else {
        range = .from(try SchedulerArguments.double(v, at: p))
      }
    }
    let type = takesType ? try args.string("noise_type", default: "normal") : "normal"
    let pct = try args.double("noise_pct", default: 0.67)
    let std = try args.double("noise_std", default: 1.0)
    let seed = try args.optionalInt("noise_seed") ?? 42
    return TimmNoise(range: range, normal: type == "normal", pct: pct, std: std, seed: seed, path: args.path)
  }

  static let parameters = [
    ParameterInfo("noise_range_t", "None", "Where to add noise: a step from which on, or [start, end); None for no noise."),
    ParameterInfo("noise_pct", "0.67", "The noise's bound: normal draws are redrawn until abs(noise) < noise_pct."),
    ParameterInfo("noise_std", "1.0", "The standard deviation of normal noise."),
    ParameterInfo("noise_seed", "42", "The noise at step t is drawn from torch's CPU generator seeded with noise_seed + t."),
  ]
}
