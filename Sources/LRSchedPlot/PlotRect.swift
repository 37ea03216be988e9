/// An axis-aligned rectangle; `minY` is the top edge in device coordinates.
public struct PlotRect: Sendable, Hashable {
  public var minX: Double
  public var minY: Double
  public var width: Double
  public var height: Double

  public init(x: Double, y: Double, width: Double, height: Double) {
    self.minX = x
    self.minY = y
    self.width = width
    self.height = height
  }

  public var maxX: Double { minX + width }
  public var maxY: Double { minY + height }
  public var midX: Double { minX + width / 2 }
  public var midY: Double { minY + height / 2 }

  /// Whether `other` shares any area with this rectangle.
  public func intersects(_ other: PlotRect) -> Bool {
    minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
  }

  /// The rectangle grown by `amount` on every side.
  public func insetBy(_ amount: Double) -> PlotRect {
    PlotRect(
      x: minX + amount, y: minY + amount, width: width - 2 * amount, height: height - 2 * amount)
  }
}
