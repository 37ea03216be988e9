import LRSchedPlot

/// One pixel of a decoded image, straight (not premultiplied) alpha.
public struct RGBAPixel: Sendable, Hashable {
  public var red: UInt8
  public var green: UInt8
  public var blue: UInt8
  public var alpha: UInt8

  public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
    self.red = red
    self.green = green
    self.blue = blue
    self.alpha = alpha
  }

  /// An opaque pixel of a palette colour.
  public init(_ color: RGBColor) {
    self.init(red: color.red, green: color.green, blue: color.blue)
  }

  /// The largest per-channel difference from `other`, ignoring alpha.
  public func distance(to other: RGBAPixel) -> Int {
    max(
      abs(Int(red) - Int(other.red)), abs(Int(green) - Int(other.green)),
      abs(Int(blue) - Int(other.blue)))
  }
}
