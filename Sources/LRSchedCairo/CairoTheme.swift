import LRSchedPlot

/// Sizes (points) and colours of the image renderer, after matplotlib's defaults.
enum CairoTheme {
  static let titleSize = 12.0
  static let labelSize = 10.0
  static let tickSize = 10.0
  static let legendSize = 10.0
  static let markerLabelSize = 8.0
  static let exponentScale = 0.7

  static let outerPad = 8.0
  static let titlePad = 6.0
  static let labelPad = 4.0
  static let tickLength = 3.5
  static let minorTickLength = 2.0
  static let tickPad = 3.5
  static let panelGap = 12.0
  static let dataMargin = 0.05

  static let lineWidth = 1.5
  static let spineWidth = 0.8
  static let gridWidth = 0.8
  static let markerWidth = 1.0
  /// The opacity of a faded series (``ChartSeries/faded``).
  static let fadedAlpha = 0.4

  static let text = RGBColor(hex: 0x000000)
  static let background = RGBColor(hex: 0xffffff)
  static let grid = RGBColor(hex: 0xb0b0b0)
  static let gridAlpha = 0.45
  static let marker = RGBColor(hex: 0x555555)
  static let markerText = RGBColor(hex: 0x333333)
  static let legendEdge = RGBColor(hex: 0xcccccc)

  static let legendPad = 4.0
  static let legendInset = 5.0
  static let legendHandle = 20.0
  static let legendHandleGap = 8.0
  static let legendRowGap = 5.0
  static let legendColumnGap = 20.0
  static let legendBackgroundAlpha = 0.8

  /// Points per axis tick along x and y (about matplotlib's tick density).
  static let xTickSpacing = 55.0
  static let yTickSpacing = 42.0
  /// Points per labelled decade on a log axis, at least: closer decades are labelled every
  /// second (third, …) one.
  static let logTickSpacing = 26.0
  /// Points per labelled decade on a log x axis, at least (its labels sit side by side).
  static let logXTickSpacing = 36.0
}
