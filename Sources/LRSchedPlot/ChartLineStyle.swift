/// How a series' line is stroked. Vector and raster output dash the line; the terminal renderer
/// dashes its braille stroke (see ``TerminalSeriesPattern``).
public enum ChartLineStyle: String, Sendable, Hashable, CaseIterable {
  case solid
  case dashed
  case dotted
}
