/// A labelled vertical line at an x position, such as a milestone, the end
/// of warmup or a warm restart. Drawn dashed across every panel.
public struct ChartMarker: Sendable, Hashable {
  public var x: Double
  public var label: String

  public init(x: Double, label: String = "") {
    self.x = x
    self.label = label
  }
}
