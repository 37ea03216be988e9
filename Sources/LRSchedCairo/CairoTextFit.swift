/// Text fitted to a width in the context's current font: cut short with "…", kept apart when
/// several names are cut, or wrapped onto lines.
enum CairoTextFit {
  /// `text`, or its longest prefix followed by "…" that fits `width`.
  static func cut(_ text: String, width: Double, context: CairoContext) -> String {
    guard context.width(text) > width else { return text }
    let characters = Array(text)
    let kept = longest(characters.count) { context.width(String(characters.prefix($0)) + "…") <= width }
    return String(characters.prefix(kept)) + "…"
  }

  /// `text`, or its beginning and end around a "…" in its middle, fitting `width`: two fifths of
  /// the kept characters from the start, the rest from the end.
  static func cutInMiddle(_ text: String, width: Double, context: CairoContext) -> String {
    guard context.width(text) > width else { return text }
    let characters = Array(text)
    func shown(_ kept: Int) -> String {
      let head = kept * 2 / 5
      return String(characters.prefix(head)) + "…" + String(characters.suffix(kept - head))
    }
    return shown(longest(characters.count) { context.width(shown($0)) <= width })
  }

  /// `names` each fitted to `width`, kept as distinct as they are, trying in turn: cutting each
  /// at its end; shortening the longest run of characters all of them contain; shortening the
  /// beginning each shares with another; cutting each in its middle.
  static func distinct(_ names: [String], width: Double, context: CairoContext) -> [String] {
    let wanted = Set(names).count
    let ends = names.map { cut($0, width: width, context: context) }
    if Set(ends).count == wanted { return ends }
    let arrays = names.map(Array.init)
    if let shared = sharedRun(arrays) {
      let fitted = arrays.map { name -> String in
        guard let start = name.indices.first(where: { name[$0...].starts(with: shared) }) else {
          return cut(String(name), width: width, context: context)
        }
        return shortened(name, leavingOutOf: start..<(start + shared.count), width: width, context: context)
      }
      if Set(fitted).count == wanted { return fitted }
    }
    let fitted = arrays.enumerated().map { index, name -> String in
      let shared =
        arrays.enumerated().filter { $0.offset != index && $0.element != name }.map { other in
          zip(name, other.element).prefix { $0 == $1 }.count
        }.max() ?? 0
      guard shared > 6, shared < name.count else { return cut(String(name), width: width, context: context) }
      return shortened(name, leavingOutOf: 0..<shared, width: width, context: context)
    }
    if Set(fitted).count == wanted { return fitted }
    return names.map { cutInMiddle($0, width: width, context: context) }
  }

  /// The longest run of at least 4 characters every one of `names` contains, or `nil` (also for
  /// fewer than two names, and when the shortest is longer than 240 characters: the search
  /// takes time cubic in its length).
  static func sharedRun(_ names: [[Character]]) -> [Character]? {
    guard names.count > 1, let shortest = names.min(by: { $0.count < $1.count }), shortest.count <= 240
    else { return nil }
    var best: ArraySlice<Character> = []
    for start in shortest.indices {
      var end = start + best.count + 1
      while end <= shortest.count,
        names.allSatisfy({ name in name.indices.contains { name[$0...].starts(with: shortest[start..<end]) } })
      {
        best = shortest[start..<end]
        end += 1
      }
    }
    return best.count >= 4 ? Array(best) : nil
  }

  /// `name` fitted to `width` by leaving out as little of `range` as needed, "…" in its place,
  /// keeping at least 6 characters of it when it begins the name; cut at the end when even that
  /// does not fit.
  static func shortened(
    _ name: [Character], leavingOutOf range: Range<Int>, width: Double, context: CairoContext
  ) -> String {
    let whole = String(name)
    guard context.width(whole) > width else { return whole }
    let least = range.lowerBound == 0 ? min(6, range.count) : 0
    func shown(_ kept: Int) -> String {
      String(name[..<(range.lowerBound + kept)]) + "…" + String(name[range.upperBound...])
    }
    let room = range.count - least
    let kept = least + longest(room) { context.width(shown(least + $0)) <= width }
    return cut(shown(kept), width: width, context: context)
  }

  /// `text` broken at spaces into at most `lines` lines fitting `width`, the last cut with "…"
  /// when the text does not fit.
  static func wrapped(_ text: String, width: Double, lines: Int, context: CairoContext) -> [String] {
    guard lines > 1, context.width(text) > width else {
      return [cut(text, width: width, context: context)]
    }
    var result: [String] = []
    var rest = Substring(text)
    while result.count < lines - 1, context.width(String(rest)) > width {
      let words = rest.split(separator: " ", omittingEmptySubsequences: false)
      let fitting = longest(words.count) { context.width(words.prefix($0).joined(separator: " ")) <= width }
      guard fitting > 0 else { break }
      result.append(words.prefix(fitting).joined(separator: " "))
      rest = Substring(words.dropFirst(fitting).joined(separator: " "))
    }
    result.append(cut(String(rest), width: width, context: context))
    return result
  }

  /// The largest `n` in 0...`upper` for which `fits(n)` holds, `fits` being monotone (0 when none).
  private static func longest(_ upper: Int, _ fits: (Int) -> Bool) -> Int {
    var low = 0
    var high = upper
    while low < high {
      let middle = (low + high + 1) / 2
      if fits(middle) { low = middle } else { high = middle - 1 }
    }
    return low
  }
}
