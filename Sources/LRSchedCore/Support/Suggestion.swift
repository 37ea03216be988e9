/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
  /// The candidate closest to `word` (case-insensitively), if it is close enough to be a likely typo.
  ///
  /// Candidates whose length differs from the word's by more than that closeness are never
  /// compared (their distance is at least the difference), so a huge word costs time linear in it.
  public static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let w = Array(word.lowercased())
    let limit = max(2, w.count / 3)
    var best: (String, Int)?
    for c in candidates {
      let lowered = Array(c.lowercased())
      guard abs(lowered.count - w.count) <= limit else { continue }
      let d = distance(w, lowered)
      if d < (best?.1 ?? Int.max) { best = (c, d) }
    }
    guard let (name, d) = best else { return nil }
    return d <= limit ? name : nil
  }

  /// ` (did you mean 'x'?)` or the empty string.
  public static func hint(for word: String, in candidates: some Sequence<String>) -> String {
    closest(to: word, in: candidates).map { " (did you mean '\($0)'?)" } ?? ""
  }

  static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var row = previous
    for i in 1...a.count {
      row[0] = i
      for j in 1...b.count {
        row[j] = Swift.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &row)
    }
    return previous[b.count]
  }
}
