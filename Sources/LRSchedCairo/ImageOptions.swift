/// The size and resolution of a rendered image.
///
/// The size is in inches; the pixel size of a PNG (and the px size of an
/// SVG) is inches × dpi, and a PDF page is inches × 72 points. Fonts and
/// line widths are in points, so a higher dpi gives a sharper image with
/// the same proportions, as in matplotlib. The default is matplotlib's:
/// 6.4 × 4.8 in at 100 dpi, i.e. 640 × 480 px. Out-of-range or non-finite
/// values are clamped (see ``dpiRange`` and ``pixelRange``).
///
/// Unlike matplotlib, text and lines also grow gently with the figure (see ``sizeScale``), so a
/// 1920 × 1080 chart reads like a slide and a 320 × 240 one still has room for its data.
public struct ImageOptions: Sendable, Hashable {
  /// Resolutions outside this range are clamped into it.
  public static let dpiRange = 10.0...1200.0
  /// Pixel sizes per side outside this range are clamped into it.
  public static let pixelRange = 32...16384

  public var widthInches: Double
  public var heightInches: Double
  public var dpi: Double

  public init(widthInches: Double = 6.4, heightInches: Double = 4.8, dpi: Double = 100) {
    self.widthInches = widthInches
    self.heightInches = heightInches
    self.dpi = dpi
  }

  /// Options for an image of a given pixel size at `dpi`.
  public init(pixelWidth: Int, pixelHeight: Int, dpi: Double = 100) {
    let resolution = Self.clampedDPI(dpi)
    self.init(
      widthInches: Double(pixelWidth) / resolution, heightInches: Double(pixelHeight) / resolution,
      dpi: resolution)
  }

  /// `dpi` clamped to ``dpiRange`` (100 when not finite).
  public var effectiveDPI: Double { Self.clampedDPI(dpi) }

  /// Image width in pixels, clamped to ``pixelRange``.
  public var pixelWidth: Int { Self.pixels(widthInches, dpi: effectiveDPI, fallback: 6.4) }

  /// Image height in pixels, clamped to ``pixelRange``.
  public var pixelHeight: Int { Self.pixels(heightInches, dpi: effectiveDPI, fallback: 4.8) }

  /// Device pixels per point (1/72 in).
  public var pixelsPerPoint: Double { effectiveDPI / 72 }

  /// The magnification of text, lines and spacing for the figure's size: 1 at matplotlib's
  /// 6.4 × 4.8 in, the square root of the smaller of the width and height ratios to it otherwise,
  /// kept within ``sizeScaleRange``. The resolution does not change it.
  public var sizeScale: Double {
    let ratio = min(widthPoints / (6.4 * 72), heightPoints / (4.8 * 72))
    let range = Self.sizeScaleRange
    return min(max(ratio.squareRoot(), range.lowerBound), range.upperBound)
  }

  /// The bounds of ``sizeScale``.
  public static let sizeScaleRange = 0.75...1.5

  /// Width in points, after clamping.
  public var widthPoints: Double { Double(pixelWidth) / pixelsPerPoint }

  /// Height in points, after clamping.
  public var heightPoints: Double { Double(pixelHeight) / pixelsPerPoint }

  static func clampedDPI(_ value: Double) -> Double {
    guard value.isFinite else { return 100 }
    return min(max(value, dpiRange.lowerBound), dpiRange.upperBound)
  }

  static func pixels(_ inches: Double, dpi: Double, fallback: Double) -> Int {
    let size = inches.isFinite && inches > 0 ? inches : fallback
    let raw = (size * dpi).rounded()
    let low = Double(pixelRange.lowerBound)
    let high = Double(pixelRange.upperBound)
    return Int(min(max(raw, low), high))
  }
}
