/// A labelled vertical line at an x position, such as a milestone, the end
/// of warmup or a warm restart, across every panel, in the colour of the
/// series it belongs to (grey when it belongs to none): dashed in images,
/// a `┊` rule in the terminal.
public struct ChartMarker: Sendable, Hashable {
  public var x: Double
  public var label: String
  /// The palette index of the series the marker belongs to; `nil` for a neutral grey marker.
  public var colorIndex: Int?

  public init(x: Double, label: String = "", colorIndex: Int? = nil) {
    self.x = x
    self.label = label
    self.colorIndex = colorIndex
  }
}
