/// How one series looks in a terminal chart, so that series stay apart without colour: a braille
/// stroke dashed after its line style and, in charts with series of more than one colour, the
/// point glyph of its colour repeated along the line.
///
/// Series of one colour (a plan and its logged run) share the glyph and differ by stroke;
/// series of different colours differ by glyph. Colour, where shown, comes on top of both.
public struct TerminalSeriesPattern: Sendable, Hashable {
  /// The point glyphs, one per ``SeriesPalette`` colour and in its order; none is a braille
  /// character, a box-drawing character or a letter.
  public static let glyphs: [Character] = ["•", "×", "+", "◆", "○", "*", "▲", "#", "□", "@"]

  /// Cells a legend sample is wide.
  public static let sampleWidth = 5

  public var dash: BrailleDash
  public var glyph: Character?

  public init(dash: BrailleDash, glyph: Character?) {
    self.dash = dash
    self.glyph = glyph
  }

  /// The pattern of a series drawn in `style` with palette colour `colorIndex`; with a glyph
  /// only when `glyphs` is set.
  public init(style: ChartLineStyle, colorIndex: Int, glyphs: Bool) {
    let dash: BrailleDash =
      switch style {
      case .solid: .solid
      case .dashed: .dashed
      case .dotted: .dotted
      }
    let glyph = glyphs ? Self.glyphs[SeriesPalette.wrapped(colorIndex, count: Self.glyphs.count)] : nil
    self.init(dash: dash, glyph: glyph)
  }

  /// A horizontal stretch of the stroke, ``sampleWidth`` cells, with the glyph in its middle cell:
  /// what the legend shows for the series. The stretch starts a third into a dash, so that a
  /// dashed sample shows a gap between two dashes.
  public var sample: String {
    var canvas = BrailleCanvas(columns: Self.sampleWidth, rows: 1)
    canvas.stroke(
      [PlotPoint(x: 0, y: 1), PlotPoint(x: Double(canvas.dotWidth - 1), y: 1)], dash: dash,
      phase: dash.on / 3)
    var cells = (0..<canvas.columns).map { canvas.character(column: $0, row: 0) ?? " " }
    if let glyph { cells[Self.sampleWidth / 2] = glyph }
    return String(cells)
  }
}
