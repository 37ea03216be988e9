/// Size and colour settings for ``TerminalChartRenderer``.
public struct TerminalChartOptions: Sendable, Hashable {
  /// Widths outside this range are clamped into it.
  public static let widthRange = 20...1000
  /// Heights outside this range are clamped into it.
  public static let heightRange = 6...500

  /// Total width in character cells, labels included.
  public var width: Int
  /// Total height in lines, title, labels and legend included.
  public var height: Int
  /// Whether to emit ANSI colour codes; without it the output is plain text.
  public var color: Bool

  public init(width: Int = 80, height: Int = 24, color: Bool = false) {
    self.width = width
    self.height = height
    self.color = color
  }

  /// `width` clamped to ``widthRange``.
  public var clampedWidth: Int {
    min(max(width, Self.widthRange.lowerBound), Self.widthRange.upperBound)
  }

  /// `height` clamped to ``heightRange``.
  public var clampedHeight: Int {
    min(max(height, Self.heightRange.lowerBound), Self.heightRange.upperBound)
  }
}
