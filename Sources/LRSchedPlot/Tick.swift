/// A labelled position on an axis.
public struct Tick: Sendable, Hashable {
  public var value: Double
  public var label: String
  /// For a power-of-ten tick on a log axis, its exponent k (value = 10^k), so
  /// a renderer can typeset it as a superscript.
  public var decadeExponent: Int?

  public init(value: Double, label: String, decadeExponent: Int? = nil) {
    self.value = value
    self.label = label
    self.decadeExponent = decadeExponent
  }
}
