/// Which point of a text's box is placed at the given position.
struct TextAnchor {
  enum Horizontal {
    case left
    case center
    case right
  }

  enum Vertical {
    /// The baseline.
    case baseline
    /// The top of the ink.
    case top
    /// The middle of the ink.
    case middle
    /// The bottom of the ink.
    case bottom
  }

  var horizontal: Horizontal
  var vertical: Vertical

  static let baselineLeft = TextAnchor(horizontal: .left, vertical: .baseline)
}
