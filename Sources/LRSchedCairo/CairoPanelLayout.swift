import LRSchedPlot

/// Where one panel of a chart is drawn, in points from the image's top-left corner.
public struct CairoPanelLayout: Sendable {
  public let panel: ChartPanel
  public let yAxis: ResolvedAxis
  /// The plot area inside the spines.
  public let plotRect: PlotRect

  public init(panel: ChartPanel, yAxis: ResolvedAxis, plotRect: PlotRect) {
    self.panel = panel
    self.yAxis = yAxis
    self.plotRect = plotRect
  }
}
