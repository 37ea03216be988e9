/// How a series' line is stroked. The terminal renderer draws every style
/// as a solid braille line; vector and raster output honour it.
public enum ChartLineStyle: String, Sendable, Hashable, CaseIterable {
  case solid
  case dashed
  case dotted
}
