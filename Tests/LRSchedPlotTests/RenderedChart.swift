import Foundation

/// A terminal chart's text taken apart: its frame and plot area, found from the box-drawing
/// corners.
struct RenderedChart {
  let lines: [[Character]]
  /// Rows of the top (`┌`) and bottom (`└`) frame lines.
  let top: Int
  let bottom: Int
  /// Columns of the frame's left and right sides.
  let left: Int
  let right: Int

  init?(_ text: String) {
    lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
    guard let top = lines.firstIndex(where: { $0.contains("┌") }),
      let bottom = lines.firstIndex(where: { $0.contains("└") }),
      let left = lines[top].firstIndex(of: "┌"), let right = lines[top].firstIndex(of: "┐")
    else { return nil }
    (self.top, self.bottom, self.left, self.right) = (top, bottom, left, right)
  }

  /// Rows inside the frame that belong to a panel (not a frame line between panels).
  var plotRows: [Int] {
    ((top + 1)..<bottom).filter { character(row: $0, column: left) != "├" }
  }

  /// Columns of the plot area.
  var plotColumns: Range<Int> { (left + 1)..<right }

  func character(row: Int, column: Int) -> Character {
    guard row >= 0, row < lines.count, column >= 0, column < lines[row].count else { return " " }
    return lines[row][column]
  }

  /// Every character inside the plot area.
  var plotCharacters: [Character] {
    plotRows.flatMap { row in plotColumns.map { character(row: row, column: $0) } }
  }

  /// Plot-area columns holding `character` in some row.
  func columns(holding character: Character) -> Set<Int> {
    Set(plotRows.flatMap { row in plotColumns.filter { self.character(row: row, column: $0) == character } })
  }

  /// The top frame line, between its corners.
  var topFrame: String { String(plotColumns.map { character(row: top, column: $0) }) }

  /// The lines under the x axis: x label, legend and marker key.
  var footer: [String] { lines.dropFirst(bottom + 2).map { String($0) } }

  static func isBraille(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { (0x2800...0x28FF).contains($0.value) }
  }

  static func stripped(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
  }
}
