/// Clips line segments to a rectangle (Liang–Barsky), so renderers never
/// rasterise or emit coordinates far outside what they draw.
public enum LineClipper {
  /// The part of the segment from `a` to `b` inside `rect`, or `nil` when
  /// none of it is (or a coordinate is not finite). Endpoints inside `rect`
  /// are returned unchanged; computed crossings lie on or inside its edges.
  public static func clip(_ a: PlotPoint, _ b: PlotPoint, to rect: PlotRect) -> (
    PlotPoint, PlotPoint
  )? {
    guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
    let dx = b.x - a.x
    let dy = b.y - a.y
    guard dx.isFinite, dy.isFinite else { return nil }
    var enter = (t: 0.0, edge: -1)
    var exit = (t: 1.0, edge: -1)
    let edges: [(p: Double, q: Double)] = [
      (-dx, a.x - rect.minX), (dx, rect.maxX - a.x), (-dy, a.y - rect.minY), (dy, rect.maxY - a.y),
    ]
    for (edge, (p, q)) in edges.enumerated() {
      if p == 0 {
        if q < 0 { return nil }
        continue
      }
      let t = q / p
      if p < 0 {
        if t > exit.t { return nil }
        if t > enter.t { enter = (t, edge) }
      } else {
        if t < enter.t { return nil }
        if t < exit.t { exit = (t, edge) }
      }
    }
    let start = enter.edge < 0 ? a : crossing(a, dx, dy, edge: enter.edge, rect: rect)
    let end = exit.edge < 0 ? b : crossing(a, dx, dy, edge: exit.edge, rect: rect)
    return (start, end)
  }

  /// Where the line through `a` with direction (dx, dy) meets an edge,
  /// computed from the edge's coordinate (exact for axis-parallel lines),
  /// and kept inside `rect` despite rounding at huge magnitudes.
  static func crossing(_ a: PlotPoint, _ dx: Double, _ dy: Double, edge: Int, rect: PlotRect)
    -> PlotPoint
  {
    var point: PlotPoint
    switch edge {
    case 0, 1:
      let x = edge == 0 ? rect.minX : rect.maxX
      point = PlotPoint(x: x, y: a.y + (x - a.x) * (dy / dx))
    default:
      let y = edge == 2 ? rect.minY : rect.maxY
      point = PlotPoint(x: a.x + (y - a.y) * (dx / dy), y: y)
    }
    if !point.x.isFinite { point.x = a.x }
    if !point.y.isFinite { point.y = a.y }
    return PlotPoint(
      x: min(max(point.x, rect.minX), rect.maxX), y: min(max(point.y, rect.minY), rect.maxY))
  }
}
