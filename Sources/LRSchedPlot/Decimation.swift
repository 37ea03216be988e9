/// Min/max-per-column decimation of a series, so millions of samples draw
/// as a few points per pixel column while every spike survives.
///
/// Column c collects the samples whose x satisfies
/// `round((x − lower) · (columns − 1) / (upper − lower)) == c`; samples left
/// or right of the range fall into the virtual columns −1 and `columns`, so
/// lines leaving the range keep their slope up to the clip edge. A column is
/// drawn as its first sample, its minimum and maximum in the order they
/// occurred, then its last sample, all at the column's x, which gives the
/// vertical min–max segment plus the joins to its neighbours.
///
/// Samples with a non-finite x or a y the scale cannot place (non-finite,
/// or non-positive on a log scale) break the line. Series with at most four
/// samples per column are returned as is (split at those breaks).
public enum Decimation {
  /// The polylines to draw for `xs`/`ys` over `columns` columns across
  /// `xRange`, in data coordinates. O(n), one pass.
  public static func polylines(
    xs: [Double], ys: [Double], xRange: ClosedRange<Double>, columns: Int,
    scale: AxisScale = .linear
  ) -> [[PlotPoint]] {
    let count = min(xs.count, ys.count)
    let columns = min(max(columns, 1), 1 << 24)
    if count <= 4 * columns { return split(xs: xs, ys: ys, count: count, scale: scale) }
    let lower = xRange.lowerBound
    let span = xRange.upperBound - lower
    let scaled = Double(columns - 1) / span
    let factor = span > 0 && scaled.isFinite ? scaled : 0
    var builder = ColumnPolylineBuilder(lower: lower, factor: factor, columns: columns)
    xs.withUnsafeBufferPointer { xBuffer in
      ys.withUnsafeBufferPointer { yBuffer in
        for index in 0..<count {
          let x = xBuffer[index]
          let y = yBuffer[index]
          guard x.isFinite, scale.accepts(y) else {
            builder.breakLine()
            continue
          }
          builder.add(x: x, y: y, sequence: index)
        }
      }
    }
    return builder.finish()
  }

  /// Per-column extremes of the samples in `xRange`: what a renderer needs
  /// to draw one vertical segment per column. O(n).
  public static func columns(
    xs: [Double], ys: [Double], xRange: ClosedRange<Double>, columns: Int,
    scale: AxisScale = .linear
  ) -> [DecimatedColumn] {
    let count = min(xs.count, ys.count)
    let columns = min(max(columns, 1), 1 << 24)
    let lower = xRange.lowerBound
    let span = xRange.upperBound - lower
    let scaled = Double(columns - 1) / span
    let factor = span > 0 && scaled.isFinite ? scaled : 0
    var slots = [DecimatedColumn?](repeating: nil, count: columns)
    for index in 0..<count {
      let x = xs[index]
      let y = ys[index]
      guard x.isFinite, scale.accepts(y), x >= lower, x <= xRange.upperBound else { continue }
      let column = min(max(Int(((x - lower) * factor).rounded()), 0), columns - 1)
      if var existing = slots[column] {
        existing.minimum = min(existing.minimum, y)
        existing.maximum = max(existing.maximum, y)
        existing.last = y
        existing.count += 1
        slots[column] = existing
      } else {
        slots[column] = DecimatedColumn(
          column: column, first: y, last: y, minimum: y, maximum: y, count: 1)
      }
    }
    return slots.compactMap { $0 }
  }

  /// The samples as polylines, split where a sample cannot be drawn.
  static func split(xs: [Double], ys: [Double], count: Int, scale: AxisScale) -> [[PlotPoint]] {
    var lines: [[PlotPoint]] = []
    var current: [PlotPoint] = []
    for index in 0..<count {
      let x = xs[index]
      let y = ys[index]
      if x.isFinite, scale.accepts(y) {
        current.append(PlotPoint(x: x, y: y))
      } else if !current.isEmpty {
        lines.append(current)
        current = []
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }
}
