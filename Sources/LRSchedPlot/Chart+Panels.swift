extension Chart {
  /// The panels to draw, top to bottom: the primary panel, then a secondary
  /// panel when series are on both axes. A chart whose series are all on one
  /// axis has a single panel with that axis' settings; a chart with no series
  /// has one empty primary panel.
  ///
  /// Each returned series has `colorIndex` set (its own, or its position in
  /// `series`), so colours stay stable whichever panel a series lands in.
  public var panels: [ChartPanel] {
    var primary: [ChartSeries] = []
    var secondary: [ChartSeries] = []
    for (index, item) in series.enumerated() {
      var resolved = item
      resolved.colorIndex = item.colorIndex ?? index
      switch item.axis {
      case .primary: primary.append(resolved)
      case .secondary: secondary.append(resolved)
      }
    }
    let main = ChartPanel(
      axis: .primary, yLabel: yLabel, scale: logY ? .logarithmic : .linear, yRange: yRange,
      series: primary)
    let second = ChartPanel(
      axis: .secondary, yLabel: secondaryYLabel,
      scale: secondaryLogY ? .logarithmic : .linear, yRange: secondaryYRange,
      series: secondary)
    if secondary.isEmpty { return [main] }
    if primary.isEmpty { return [second] }
    return [main, second]
  }
}
