/// How a series joins consecutive points.
public enum SeriesDrawStyle: String, Sendable, Hashable, CaseIterable {
  /// Steps-post, as matplotlib's `step(where="post")`: point i's y holds from x_i up to x_{i+1},
  /// where the line changes vertically to the next y. Right for learning rates, where row i's
  /// rate is in effect from step i to step i + 1.
  case steps
  /// Straight segments from point to point, as matplotlib's `plot`.
  case line

  /// The vertices to stroke for `points`: the points themselves for `line`; for `steps`, a
  /// corner (x_{i+1}, y_i) inserted wherever the y changes, so every segment is horizontal or
  /// vertical when the x values increase.
  public func path(_ points: [PlotPoint]) -> [PlotPoint] {
    guard self == .steps, points.count > 1 else { return points }
    var result: [PlotPoint] = []
    result.reserveCapacity(points.count * 2)
    var previous = points[0]
    result.append(previous)
    for point in points.dropFirst() {
      if point.y != previous.y && point.x != previous.x {
        result.append(PlotPoint(x: point.x, y: previous.y))
      }
      result.append(point)
      previous = point
    }
    return result
  }
}
