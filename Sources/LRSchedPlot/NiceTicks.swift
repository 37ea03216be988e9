import Foundation

/// "Nice numbers" tick placement: steps of 1, 2, 2.5 or 5 × 10^n on linear
/// axes, powers of ten on log axes.
///
/// Every function accepts any input: bounds in either order, equal bounds
/// (one tick), and non-finite or (for log axes) non-positive bounds, which
/// yield no ticks rather than a trap.
public enum NiceTicks {
  static let mantissas: [Double] = [1, 2, 5, 2.5]

  /// The nice step whose ticks inside [lower, upper] number closest to
  /// `targetCount`; 2.5 is chosen only when clearly better. `nil` when the
  /// range is empty or not finite.
  public static func step(lower: Double, upper: Double, targetCount: Int) -> NiceStep? {
    let (low, high) = (min(lower, upper), max(lower, upper))
    let span = high - low
    guard low.isFinite, high.isFinite, span.isFinite, span > 0 else { return nil }
    let target = min(max(targetCount, 2), 50)
    let raw = span / Double(target - 1)
    guard raw > 0, let base = SafeInt.decimalExponent(of: raw) else { return nil }
    var best: (step: NiceStep, score: Double)?
    for exponent in (base - 1)...(base + 1) {
      for mantissa in mantissas {
        let candidate = NiceStep(mantissa: mantissa, exponent: exponent)
        guard let indices = indexRange(low: low, high: high, step: candidate) else { continue }
        let count = indices.count
        var score = Double(abs(count - target))
        if mantissa == 2.5 { score += 1 }
        if count < 2 { score += 100 }
        if best.map({ score < $0.score }) ?? true { best = (candidate, score) }
      }
    }
    return best?.step
  }

  /// Ticks at the multiples of a nice step inside [lower, upper], labelled
  /// with ``TickLabelFormatter``. Equal bounds give the single tick there.
  public static func linear(lower: Double, upper: Double, targetCount: Int) -> [Tick] {
    let (low, high) = (min(lower, upper), max(lower, upper))
    guard low.isFinite, high.isFinite else { return [] }
    if low == high { return [Tick(value: low, label: TickLabelFormatter.compact(low))] }
    guard let step = step(lower: low, upper: high, targetCount: targetCount),
      let indices = indexRange(low: low, high: high, step: step)
    else {
      return [low, high].map { Tick(value: $0, label: TickLabelFormatter.compact($0)) }
    }
    let values = indices.map { step.multiple($0) }
    let labels = TickLabelFormatter.labels(for: values, step: step)
    return zip(values, labels).map { Tick(value: $0, label: $1) }
  }

  /// Linear ticks inside `range`.
  public static func linear(in range: ClosedRange<Double>, targetCount: Int) -> [Tick] {
    linear(lower: range.lowerBound, upper: range.upperBound, targetCount: targetCount)
  }

  /// [lower, upper] widened outwards to the nearest multiples of the nice
  /// step, so the axis starts and ends on a labelled tick.
  public static func looseBounds(lower: Double, upper: Double, targetCount: Int) -> ClosedRange<
    Double
  > {
    let (low, high) = (min(lower, upper), max(lower, upper))
    guard let step = step(lower: low, upper: high, targetCount: targetCount) else {
      return low...high
    }
    let size = step.value
    guard abs(low / size) < 1e15, abs(high / size) < 1e15 else { return low...high }
    guard let firstIndex = SafeInt.from(low / size + 1e-9, rounding: .down),
      let lastIndex = SafeInt.from(high / size - 1e-9, rounding: .up)
    else { return low...high }
    let first = step.multiple(firstIndex)
    let last = step.multiple(lastIndex)
    return min(first, low)...max(last, high)
  }

  /// Power-of-ten ticks 10^k inside [lower, upper], at most `maxCount` of
  /// them (every second, fifth, … decade when there are more). When fewer
  /// than two decades fall inside, linear ticks over the range are returned
  /// instead. Non-positive bounds leave nothing to place and give `[]`.
  public static func logarithmic(lower: Double, upper: Double, maxCount: Int) -> [Tick] {
    let (low, high) = (min(lower, upper), max(lower, upper))
    guard low > 0, high.isFinite, low.isFinite else { return [] }
    let exponents = decadeExponents(lower: low, upper: high)
    guard exponents.count >= 2 else {
      return linear(lower: low, upper: high, targetCount: max(maxCount, 2))
    }
    let limit = max(maxCount, 2)
    let stride = (exponents.count + limit - 1) / limit
    let shown = exponents.filter { stride <= 1 || $0.isMultiple(of: stride) }
    let labels = TickLabelFormatter.decadeLabels(for: shown)
    return zip(shown, labels).map {
      Tick(value: TickLabelFormatter.power($0), label: $1, decadeExponent: $0)
    }
  }

  /// Log ticks inside `range`.
  public static func logarithmic(in range: ClosedRange<Double>, maxCount: Int) -> [Tick] {
    logarithmic(lower: range.lowerBound, upper: range.upperBound, maxCount: maxCount)
  }

  /// The unlabelled minor positions 2…9 × 10^k inside a log range, or none
  /// when the range spans more than `maxDecades` decades.
  public static func logarithmicMinor(lower: Double, upper: Double, maxDecades: Int = 8)
    -> [Double]
  {
    let (low, high) = (min(lower, upper), max(lower, upper))
    guard low > 0, high.isFinite, low.isFinite else { return [] }
    guard let first = SafeInt.decimalExponent(of: low),
      let last = SafeInt.from(log10(high), rounding: .up, in: -400...400),
      first <= last, last - first <= maxDecades
    else { return [] }
    var values: [Double] = []
    for exponent in first...last {
      let decade = TickLabelFormatter.power(exponent)
      for factor in 2...9 {
        let value = Double(factor) * decade
        if value >= low && value <= high { values.append(value) }
      }
    }
    return values
  }

  /// Exponents k with 10^k inside [lower, upper] (both positive, finite).
  static func decadeExponents(lower: Double, upper: Double) -> [Int] {
    guard let first = SafeInt.from(log10(lower) - 1e-9, rounding: .up, in: -330...330),
      let last = SafeInt.from(log10(upper) + 1e-9, rounding: .down, in: -330...310),
      first <= last
    else { return [] }
    return Array(first...last)
  }

  /// Indices i with i × step inside [low, high], or `nil` when the quotients
  /// are too large to count exactly.
  static func indexRange(low: Double, high: Double, step: NiceStep) -> ClosedRange<Int>? {
    let size = step.value
    guard size > 0, size.isFinite else { return nil }
    let first = low / size
    let last = high / size
    guard abs(first) < 1e15, abs(last) < 1e15 else { return nil }
    guard let from = SafeInt.from(first - 1e-9, rounding: .up),
      let to = SafeInt.from(last + 1e-9, rounding: .down),
      from <= to, to - from <= 10_000 else { return nil }
    return from...to
  }
}
