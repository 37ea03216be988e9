/// A fixed-size grid of characters, each with an optional ANSI SGR code,
/// rendered to lines without trailing blanks.
struct TextGrid {
  let width: Int
  let height: Int
  private var characters: [Character]
  private var styles: [Int?]

  init(width: Int, height: Int) {
    self.width = max(width, 0)
    self.height = max(height, 0)
    characters = Array(repeating: " ", count: self.width * self.height)
    styles = Array(repeating: nil, count: self.width * self.height)
  }

  /// Puts `character` at (column, row); positions outside the grid are ignored.
  mutating func put(_ character: Character, column: Int, row: Int, style: Int? = nil) {
    guard column >= 0, column < width, row >= 0, row < height else { return }
    characters[row * width + column] = character
    styles[row * width + column] = style
  }

  /// Writes `text` from (column, row) rightwards, clipped to the grid.
  mutating func write(_ text: String, column: Int, row: Int, style: Int? = nil) {
    for (offset, character) in text.enumerated() {
      put(character, column: column + offset, row: row, style: style)
    }
  }

  func character(column: Int, row: Int) -> Character {
    guard column >= 0, column < width, row >= 0, row < height else { return " " }
    return characters[row * width + column]
  }

  /// The lines joined by "\n"; SGR codes are emitted only when `color` is set.
  func rendered(color: Bool) -> String {
    var lines: [String] = []
    lines.reserveCapacity(height)
    for row in 0..<height {
      let start = row * width
      var end = start + width
      while end > start, characters[end - 1] == " " { end -= 1 }
      var line = ""
      var active: Int?
      for index in start..<end {
        let style = color ? styles[index] : nil
        if style != active {
          if active != nil { line += "\u{1B}[0m" }
          if let style { line += "\u{1B}[\(style)m" }
          active = style
        }
        line.append(characters[index])
      }
      if active != nil { line += "\u{1B}[0m" }
      lines.append(line)
    }
    return lines.joined(separator: "\n")
  }
}
