/// M4 decimation: per pixel column the first, minimum, maximum and last sample, each kept at its
/// own x, so millions of samples draw as at most four points per column and the drawn path
/// covers the same pixels as drawing every sample (every spike and every step survives, and
/// a steep ramp stays a ramp rather than a staircase). It streams: samples are added one at a
/// time and memory stays bounded by the number of columns, whatever the number of samples.
///
/// Buckets are tied to device pixels: a sample at x falls in column
/// `⌊pixelOffset + (x − lower) · pixelWidth / (upper − lower)⌋`, so with `pixelOffset` the
/// fractional part of the plot area's left edge (in pixels) every column is one device pixel.
/// Samples left or right of the range fall into the virtual columns −1 and `columns`, so lines
/// leaving the range keep their slope up to the clip edge. Samples should arrive in x order (a
/// series going back and forth costs a few points per column change).
///
/// A sample that cannot be drawn breaks the line; further breaks within the same column are
/// folded into the first, so alternating gaps cannot grow the output past the column count.
public struct Decimator {
  public let lower: Double
  public let factor: Double
  public let offset: Double
  public let columns: Int
  private var column = Int.min
  private var lastBreak = Int.min
  private var first = 0.0
  private var last = 0.0
  private var minimum = 0.0
  private var maximum = 0.0
  private var firstSequence = 0
  private var lastSequence = 0
  private var minimumSequence = 0
  private var maximumSequence = 0
  private var firstX = 0.0
  private var lastX = 0.0
  private var minimumX = 0.0
  private var maximumX = 0.0
  private var sequence = 0
  private var current: [PlotPoint] = []
  private var lines: [[PlotPoint]] = []

  /// A decimator into `columns` columns (clamped to 1...2^24) across `xRange`, the ends of the
  /// range at the centres of the first and last column.
  public init(xRange: ClosedRange<Double>, columns: Int) {
    let columns = min(max(columns, 1), 1 << 24)
    self.init(xRange: xRange, pixelWidth: Double(columns - 1), pixelOffset: 0.5)
  }

  /// A decimator for `xRange` drawn `pixelWidth` device pixels wide (clamped to 0...2^24) from a
  /// left edge whose fractional pixel position is `pixelOffset`: one column per device pixel.
  public init(xRange: ClosedRange<Double>, pixelWidth: Double, pixelOffset: Double) {
    let width = pixelWidth.isFinite ? min(max(pixelWidth, 0), Double(1 << 24)) : 0
    let phase = pixelOffset.isFinite ? pixelOffset - pixelOffset.rounded(.down) : 0
    let span = xRange.upperBound - xRange.lowerBound
    let scaled = width / span
    self.lower = xRange.lowerBound
    self.factor = span > 0 && scaled.isFinite ? scaled : 0
    self.offset = phase
    self.columns = max(SafeInt.from(phase + width, rounding: .down, in: 0...(1 << 24)) ?? 0, 0) + 1
  }

  /// Adds the next sample: a drawable one (finite x and y) or a break.
  public mutating func add(x: Double, y: Double) {
    guard x.isFinite, y.isFinite else {
      breakLine(x: x)
      return
    }
    sequence += 1
    let index = self.index(of: x)
    if index != column {
      flushColumn()
      column = index
      first = y
      last = y
      minimum = y
      maximum = y
      firstSequence = sequence
      lastSequence = sequence
      minimumSequence = sequence
      maximumSequence = sequence
      firstX = x
      lastX = x
      minimumX = x
      maximumX = x
      return
    }
    last = y
    lastSequence = sequence
    lastX = x
    if y < minimum {
      minimum = y
      minimumSequence = sequence
      minimumX = x
    }
    if y > maximum {
      maximum = y
      maximumSequence = sequence
      maximumX = x
    }
  }

  /// Ends the current line at a sample at `x` that cannot be drawn.
  public mutating func breakLine(x: Double) {
    let index = x.isFinite ? self.index(of: x) : column
    if index == lastBreak && index != Int.min { return }
    lastBreak = index
    flushColumn()
    if !current.isEmpty {
      lines.append(current)
      current = []
    }
  }

  /// The polylines to draw, in data coordinates.
  public mutating func finish() -> [[PlotPoint]] {
    flushColumn()
    if !current.isEmpty {
      lines.append(current)
      current = []
    }
    return lines
  }

  /// The polylines to draw for `xs`/`ys` over `columns` columns across `xRange`. Samples with a
  /// y the scale cannot place (non-finite, or non-positive on a log scale) break the line.
  /// Series with at most four samples per column are returned as is (split at those breaks).
  public static func polylines(
    xs: [Double], ys: [Double], xRange: ClosedRange<Double>, columns: Int,
    scale: AxisScale = .linear
  ) -> [[PlotPoint]] {
    polylines(xs: xs, ys: ys, decimator: Decimator(xRange: xRange, columns: columns), scale: scale)
  }

  /// The polylines to draw for `xs`/`ys` across `xRange` drawn `pixelWidth` device pixels wide
  /// from a left edge at fractional pixel `pixelOffset`, one column per device pixel.
  public static func polylines(
    xs: [Double], ys: [Double], xRange: ClosedRange<Double>, pixelWidth: Double,
    pixelOffset: Double, scale: AxisScale = .linear
  ) -> [[PlotPoint]] {
    polylines(
      xs: xs, ys: ys,
      decimator: Decimator(xRange: xRange, pixelWidth: pixelWidth, pixelOffset: pixelOffset),
      scale: scale)
  }

  static func polylines(
    xs: [Double], ys: [Double], decimator: Decimator, scale: AxisScale
  ) -> [[PlotPoint]] {
    let count = min(xs.count, ys.count)
    if count <= 4 * decimator.columns { return split(xs: xs, ys: ys, count: count, scale: scale) }
    var decimator = decimator
    xs.withUnsafeBufferPointer { xBuffer in
      ys.withUnsafeBufferPointer { yBuffer in
        for index in 0..<count {
          let y = yBuffer[index]
          decimator.add(x: xBuffer[index], y: scale.accepts(y) ? y : .nan)
        }
      }
    }
    return decimator.finish()
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

  /// The column of a finite `x`: −1 left of the range, `columns` right of it (or when the
  /// position overflows).
  @inline(__always)
  private func index(of x: Double) -> Int {
    let position = offset + (x - lower) * factor
    if position < 0 { return -1 }
    // 0 ≤ position < columns ≤ 2^24 + 1: the conversion truncates, i.e. rounds down, exactly.
    if position < Double(columns) { return Int(position) }
    return columns
  }

  private mutating func flushColumn() {
    guard column != Int.min else { return }
    append(firstX, first)
    if minimumSequence <= maximumSequence {
      appendExtreme(minimumSequence, minimumX, minimum)
      appendExtreme(maximumSequence, maximumX, maximum)
    } else {
      appendExtreme(maximumSequence, maximumX, maximum)
      appendExtreme(minimumSequence, minimumX, minimum)
    }
    if lastSequence != firstSequence { append(lastX, last) }
    column = Int.min
  }

  /// Keeps the column's extreme sample `sequence` unless it is the column's first or last.
  private mutating func appendExtreme(_ sequence: Int, _ x: Double, _ y: Double) {
    if sequence != firstSequence && sequence != lastSequence { append(x, y) }
  }

  private mutating func append(_ x: Double, _ y: Double) {
    if let previous = current.last, previous.x == x, previous.y == y { return }
    current.append(PlotPoint(x: x, y: y))
  }
}
