/// The learning rates suggested from an LR range test's curve (learning rates with their
/// losses, in test order).
///
/// Each trims the first `skipStart` and last `skipEnd` points (none when 0), as torch-lr-finder's
/// `plot` and fastai's `lr_find` do, and reports indices into the untrimmed curve.
/// - `steepest` (torch-lr-finder's `suggest_lr`): the learning rate where `numpy.gradient` of
///   the loss (unit spacing: `(f[i+1] − f[i−1]) / 2`, one-sided at the ends) is least, the first
///   such point, a NaN counting as least as in `argmin`; none when fewer than
///   `skipStart + skipEnd + 2` points (torch-lr-finder refuses then).
/// - `minimum` (fastai): the learning rate at the lowest loss, divided by 10.
/// - `valley` (fastai's default): the point two thirds of the way down the longest strictly
///   decreasing run of losses (its longest decreasing subsequence, fastai's exact index rule).
///
/// `minimum` and `valley` use the trimmed curve up to its first NaN loss, as fastai does.
public enum LRSuggester {
  /// All three suggestions that exist, in the order steepest, minimum, valley.
  public static func suggestions(lrs: [Double], losses: [Double], skipStart: Int = 10, skipEnd: Int = 5) -> [LRSuggestion] {
    [
      steepest(lrs: lrs, losses: losses, skipStart: skipStart, skipEnd: skipEnd),
      minimum(lrs: lrs, losses: losses, skipStart: skipStart, skipEnd: skipEnd),
      valley(lrs: lrs, losses: losses, skipStart: skipStart, skipEnd: skipEnd),
    ].compactMap { $0 }
  }

  /// The trimmed range of a curve of `count` points (empty when the trims overlap).
  public static func trimmed(count: Int, skipStart: Int, skipEnd: Int) -> Range<Int> {
    let lo = min(max(skipStart, 0), count)
    let hi = skipEnd <= 0 ? count : max(count - skipEnd, 0)
    return lo < hi ? lo..<hi : lo..<lo
  }

  public static func steepest(lrs: [Double], losses: [Double], skipStart: Int = 10, skipEnd: Int = 5) -> LRSuggestion? {
    let n = min(lrs.count, losses.count)
    let s = max(skipStart, 0)
    let e = max(skipEnd, 0)
    guard n >= 2, s <= n, e <= n, n - s - e >= 2 else { return nil }
    let range = trimmed(count: n, skipStart: s, skipEnd: e)
    let g = gradient(losses[range])
    guard let k = argmin(g[...]) else { return nil }
    let i = range.lowerBound + k
    return LRSuggestion(name: "steepest", lr: lrs[i], index: i, loss: losses[i])
  }

  public static func minimum(lrs: [Double], losses: [Double], skipStart: Int = 10, skipEnd: Int = 5) -> LRSuggestion? {
    let range = finitePrefix(lrs: lrs, losses: losses, skipStart: skipStart, skipEnd: skipEnd)
    guard let k = argmin(losses[range]) else { return nil }
    let i = range.lowerBound + k
    return LRSuggestion(name: "minimum", lr: lrs[i] / 10, index: i, loss: losses[i])
  }

  public static func valley(lrs: [Double], losses: [Double], skipStart: Int = 10, skipEnd: Int = 5) -> LRSuggestion? {
    let range = finitePrefix(lrs: lrs, losses: losses, skipStart: skipStart, skipEnd: skipEnd)
    guard let k = valleyIndex(losses[range]) else { return nil }
    let i = range.lowerBound + k
    return LRSuggestion(name: "valley", lr: lrs[i], index: i, loss: losses[i])
  }

  /// The trimmed range cut at its first NaN loss (fastai's `nan_idxs`).
  static func finitePrefix(lrs: [Double], losses: [Double], skipStart: Int, skipEnd: Int) -> Range<Int> {
    let range = trimmed(count: min(lrs.count, losses.count), skipStart: skipStart, skipEnd: skipEnd)
    let end = losses[range].firstIndex { $0.isNaN } ?? range.upperBound
    return range.lowerBound..<end
  }

  /// `numpy.gradient(f)` with unit spacing and `edge_order=1`; needs at least two values.
  public static func gradient(_ f: ArraySlice<Double>) -> [Double] {
    let v = Array(f)
    let n = v.count
    guard n >= 2 else { return [] }
    var out = [Double](repeating: 0, count: n)
    for i in 1..<(n - 1) { out[i] = (v[i + 1] - v[i - 1]) / 2.0 }
    out[0] = (v[1] - v[0]) / 1.0
    out[n - 1] = (v[n - 1] - v[n - 2]) / 1.0
    return out
  }

  /// `numpy.argmin`: the first least value's offset, the first NaN's when there is one.
  public static func argmin(_ values: ArraySlice<Double>) -> Int? {
    guard !values.isEmpty else { return nil }
    var best = values.startIndex
    for i in values.indices {
      let v = values[i]
      if v.isNaN { return i - values.startIndex }
      if v < values[best] { best = i }
    }
    return best - values.startIndex
  }

  /// fastai's `valley` index for `losses` (no NaN), computed in O(n log n): the first point that
  /// ends a longest strictly decreasing subsequence, of length L, gives `end` and
  /// `start = end − L` (so −1 when the run starts at the first point, as in fastai); the index
  /// is `start + ⌊(end − start)/3⌋ + ⌊(end − start)/6⌋`, a negative one counting from the end
  /// as Python's indexing does.
  public static func valleyIndex(_ losses: ArraySlice<Double>) -> Int? {
    let n = losses.count
    guard n > 0 else { return nil }
    var tails: [Double] = []
    var best = 1
    var end = 0
    var start = 0
    for (i, x) in losses.enumerated() {
      var length = 1
      if !x.isNaN {
        var lo = 0
        var hi = tails.count
        while lo < hi {
          let mid = (lo + hi) / 2
          if tails[mid] > x { lo = mid + 1 } else { hi = mid }
        }
        length = lo + 1
        if lo == tails.count { tails.append(x) } else { tails[lo] = x }
      }
      if length > best {
        best = length
        end = i
        start = i - length
      }
    }
    let sections = Double(end - start) / 3
    var index = start + Int(sections) + Int(sections / 2)
    if index < 0 { index += n }
    return min(max(index, 0), n - 1)
  }
}
