/// The y axis a series is plotted against.
///
/// Primary series (learning rates) share the main panel; secondary series
/// (momentum, loss, anything on another scale) are drawn in a second panel
/// below it that shares the x axis.
public enum ChartAxis: String, Sendable, Hashable, CaseIterable {
  case primary
  case secondary
}
