/// A dash pattern for braille strokes, counted in dots along the stroked path: `on` dots drawn,
/// then `off` dots skipped, repeating.
public struct BrailleDash: Sendable, Hashable {
  /// Dots drawn per period; at least 1.
  public let on: Int
  /// Dots skipped per period; at least 0.
  public let off: Int

  /// `on` and `off` are clamped to 1…64 and 0…64.
  public init(on: Int, off: Int) {
    self.on = min(max(on, 1), 64)
    self.off = min(max(off, 0), 64)
  }

  /// Every dot drawn.
  public static let solid = BrailleDash(on: 1, off: 0)
  /// Three cells' worth of dots drawn, two skipped, along a horizontal line.
  public static let dashed = BrailleDash(on: 6, off: 4)
  /// One dot in four.
  public static let dotted = BrailleDash(on: 1, off: 3)

  /// Whether the dot at position `index` (0-based, along the path) is drawn.
  public func draws(_ index: Int) -> Bool {
    off == 0 || index % (on + off) < on
  }
}
