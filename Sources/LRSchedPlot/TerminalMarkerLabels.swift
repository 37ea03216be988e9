/// Where the labels of a chart's markers go in a terminal chart, in columns counted from the
/// plot area's first column.
///
/// Inline, each label goes on the top frame line starting at its marker's column, with a frame
/// cell between neighbours and none reaching the right corner. Keyed, each distinct label gets a
/// letter, a to z then A to Z (`*` past those): the letter marks its markers on the frame line
/// (moved at most two cells when another letter holds the cell) and a key under the legend
/// spells the label out. Markers without a label, and those whose label is not written at or
/// over their column, get a `┬` tick.
struct TerminalMarkerLabels {
  /// A marker at a plot column.
  struct Marker {
    var column: Int
    var label: String
    var colorIndex: Int?
  }

  /// How labels are placed.
  enum Placement {
    /// Inline when every label fits so, else keyed.
    case inlineOrKeyed
    /// Keyed.
    case keyed
    /// Inline, leaving out the labels that do not fit.
    case inlineWhereTheyFit
  }

  /// Text for the top frame line.
  struct FrameText {
    var column: Int
    var text: String
    var colorIndex: Int?
  }

  /// A line of the key: a letter and the label it stands for.
  struct KeyEntry {
    var tag: Character
    var label: String
    var colorIndex: Int?

    var text: String { "\(tag) \(label)" }
  }

  /// The tick written on the frame line at a marker without a label there.
  static let tick: Character = "┬"
  /// What starts the key, standing for the marker lines.
  static let keyLead = "┊ "
  /// Between key entries on one line.
  static let keySeparator = "   "

  private(set) var frame: [FrameText] = []
  private(set) var key: [KeyEntry] = []

  /// The labels of `markers` over a plot `columns` cells wide, placed as `placement` says.
  init(markers: [Marker], columns: Int, placement: Placement) {
    var seen: Set<String> = []
    let sorted = markers.enumerated()
      .filter { $0.element.column >= 0 && $0.element.column < columns }
      .sorted { ($0.element.column, $0.offset) < ($1.element.column, $1.offset) }
      .map(\.element)
      .filter { seen.insert("\($0.column)\u{0}\($0.label)").inserted }
    let labelled = sorted.filter { !$0.label.isEmpty }
    switch placement {
    case .inlineOrKeyed where Self.fitsInline(labelled, columns: columns), .inlineWhereTheyFit:
      placeInline(sorted, columns: columns)
    case .inlineOrKeyed, .keyed:
      placeKey(sorted, columns: columns)
    }
  }

  /// Whether every label fits inline.
  static func fitsInline(_ labelled: [Marker], columns: Int) -> Bool {
    var end = -2
    for marker in labelled {
      guard marker.column > end + 1, marker.column + marker.label.count <= columns else {
        return false
      }
      end = marker.column + marker.label.count - 1
    }
    return true
  }

  private mutating func placeInline(_ markers: [Marker], columns: Int) {
    var end = -2
    var covered: [ClosedRange<Int>] = []
    for marker in markers where !marker.label.isEmpty {
      guard marker.column > end + 1, marker.column + marker.label.count <= columns else { continue }
      frame.append(FrameText(column: marker.column, text: marker.label, colorIndex: marker.colorIndex))
      end = marker.column + marker.label.count - 1
      covered.append(marker.column...end)
    }
    for marker in markers where !covered.contains(where: { $0.contains(marker.column) }) {
      frame.append(FrameText(column: marker.column, text: String(Self.tick), colorIndex: marker.colorIndex))
      covered.append(marker.column...marker.column)
    }
  }

  private mutating func placeKey(_ markers: [Marker], columns: Int) {
    let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    var tags: [String: Character] = [:]
    var taken: [Int: Character] = [:]
    for marker in markers where !marker.label.isEmpty {
      let tag: Character
      if let known = tags[marker.label] {
        tag = known
      } else {
        tag = key.count < letters.count ? letters[key.count] : "*"
        tags[marker.label] = tag
        key.append(KeyEntry(tag: tag, label: marker.label, colorIndex: marker.colorIndex))
      }
      guard taken[marker.column] != tag else { continue }
      let candidates = [0, 1, -1, 2, -2].map { marker.column + $0 }
      guard let column = candidates.first(where: { $0 >= 0 && $0 < columns && taken[$0] == nil })
      else { continue }
      taken[column] = tag
      frame.append(FrameText(column: column, text: String(tag), colorIndex: marker.colorIndex))
    }
    for marker in markers where marker.label.isEmpty && taken[marker.column] == nil {
      taken[marker.column] = Self.tick
      frame.append(FrameText(column: marker.column, text: String(Self.tick), colorIndex: marker.colorIndex))
    }
  }

  /// The key set out in lines at most `width` cells wide: entries in order, as many to a line as
  /// fit, the first line led by ``keyLead`` and the others indented as far; an entry too long for
  /// a line of its own is cut short with "…". Each piece has its column in the line.
  static func keyLines(_ key: [KeyEntry], width: Int) -> [[(column: Int, entry: KeyEntry, text: String)]] {
    let indent = keyLead.count
    let room = max(width - indent, 2)
    var lines: [[(column: Int, entry: KeyEntry, text: String)]] = []
    var line: [(column: Int, entry: KeyEntry, text: String)] = []
    var next = indent
    for entry in key {
      var text = entry.text
      if text.count > room { text = String(text.prefix(room - 1)) + "…" }
      if !line.isEmpty && next + keySeparator.count + text.count > indent + room {
        lines.append(line)
        line = []
        next = indent
      }
      let column = line.isEmpty ? indent : next + keySeparator.count
      line.append((column, entry, text))
      next = column + text.count
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }
}
