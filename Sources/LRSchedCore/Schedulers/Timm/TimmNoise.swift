/// timm's learning-rate noise (`noise_range_t`, `noise_type`, `noise_pct`, `noise_std`,
/// `noise_seed`): inside the range, each value `v` becomes `v + v * noise`, with `noise` drawn
/// from a generator seeded with `noise_seed + t`.
///
/// `"normal"` noise is `torch.randn(1) * noise_std`, redrawn until `abs(noise) < noise_pct`; any
/// other type is `2 * (torch.rand(1) - 0.5) * noise_pct`. The draws are PyTorch's CPU generator's
/// (`TorchCPUGenerator`), so the noise equals timm's bit for bit. The value keeps one generator
/// and reseeds it at each draw, as timm seeds a new one: drawing allocates nothing.
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
  /// The generator each draw reseeds.
  private var generator = TorchCPUGenerator(seed: 0)

  /// `_is_apply_noise(t)`.
  func applies(at t: Int) -> Bool {
    switch range {
    case nil: false
    case .from(let start)?: Double(t) >= start
    case .between(let start, let end)?: start <= Double(t) && Double(t) < end
    }
  }

  /// `_calculate_noise(t)`.
  mutating func noise(at t: Int) throws(SpecError) -> Double {
    let (s, overflow) = seed.addingReportingOverflow(t)
    guard !overflow else { throw SpecError(path + "." + Self.noiseSeed.name, "ValueError: Overflow when unpacking long long") }
    generator.manualSeed(s)
    guard normal else { return 2 * (generator.rand() - 0.5) * pct }
    guard pct > 0 else {
      throw SpecError(path + "." + Self.noisePct.name, "timm would redraw the noise for ever: abs(noise) < noise_pct (\(DoubleFormat.shortest(pct))) is never true")
    }
    for _ in 0..<Self.drawLimit {
      let n = generator.randn() * std
      if abs(n) < pct { return n }
    }
    throw SpecError(
      path + "." + Self.noisePct.name,
      "timm would redraw the noise for ever: no draw of \(Self.drawLimit) had abs(noise) < noise_pct (\(DoubleFormat.shortest(pct)))")
  }

  /// `_add_noise(lrs, t)`, in place: each value `v` of `values` becomes `v + v * noise` where
  /// noise applies at `t`.
  mutating func apply(to values: GroupValues, at t: Int) throws(SpecError) {
    guard applies(at: t) else { return }
    let n = try noise(at: t)
    for g in values.indices { values[g] = values[g] + values[g] * n }
  }

  /// The noise arguments of a timm scheduler; `type` is read only where the class takes
  /// `noise_type` (PlateauLRScheduler).
  static func read(_ args: SchedulerArguments, takesType: Bool) throws(SpecError) -> TimmNoise {
    let range = try args[noiseRangeT]
    let type = takesType ? try args[noiseType] : "normal"
    let pct = try args[noisePct]
    let std = try args[noiseStd]
    let seed = try args[noiseSeed]
    return TimmNoise(range: range, normal: type == "normal", pct: pct, std: std, seed: seed, path: args.path)
  }

  static let noiseRangeT = Param<Range?>(
    "noise_range_t", defaultText: "None",
    help: "Where to add noise: a step from which on, or [start, end); None for no noise."
  ) { args, key throws(SpecError) in
    guard let v = args.value(key) else { return nil }
    let p = args.path(key)
    guard case .array(let items) = v else { return .from(try SchedulerArguments.double(v, at: p)) }
    guard items.count >= 2 else { throw SpecError(p, "IndexError: list index out of range (a range needs [start, end])") }
    return .between(
      try SchedulerArguments.double(items[0], at: p + "[0]"), try SchedulerArguments.double(items[1], at: p + "[1]"))
  }
  /// `noise_type`, which only PlateauLRScheduler takes.
  static let noiseType = Param<String>(
    "noise_type", default: "normal",
    help: "\"normal\" (redrawn until below noise_pct) or anything else for uniform in ±noise_pct.")
  static let noisePct = Param<Double>(
    "noise_pct", default: 0.67, help: "The noise's bound: normal draws are redrawn until abs(noise) < noise_pct.")
  static let noiseStd = Param<Double>("noise_std", default: 1.0, help: "The standard deviation of normal noise.")
  static let noiseSeed = Param<Int>(
    "noise_seed", default: 42, help: "The noise at step t is drawn from torch's CPU generator seeded with noise_seed + t.")

  /// The noise arguments every class takes, in timm's order.
  static let parameters: [any ParameterDeclaration] = [noiseRangeT, noisePct, noiseStd, noiseSeed]
}
