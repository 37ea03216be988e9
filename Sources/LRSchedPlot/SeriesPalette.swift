/// The colours given to series by palette index: matplotlib's tab10 for
/// images and the closest basic ANSI colours, in the same order, for
/// terminals. Indices wrap around, negative ones included.
public enum SeriesPalette {
  /// tab10: blue, orange, green, red, purple, brown, pink, grey, olive, cyan.
  public static let tab10: [RGBColor] = [
    0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22,
    0x17becf,
  ].map { RGBColor(hex: $0) }

  /// SGR foreground codes standing in for tab10 on a 16-colour terminal.
  public static let ansi: [Int] = [34, 33, 32, 31, 35, 36, 95, 37, 93, 96]

  /// SGR code for marker lines and labels (bright black, i.e. grey).
  public static let ansiMarker = 90

  /// The tab10 colour for a palette index.
  public static func rgb(_ index: Int) -> RGBColor {
    tab10[wrapped(index, count: tab10.count)]
  }

  /// The ANSI SGR code for a palette index.
  public static func ansiCode(_ index: Int) -> Int {
    ansi[wrapped(index, count: ansi.count)]
  }

  static func wrapped(_ index: Int, count: Int) -> Int {
    let remainder = index % count
    return remainder < 0 ? remainder + count : remainder
  }
}
