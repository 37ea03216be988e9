/// A bitmap of braille dots, 2 × 4 per character cell (Unicode U+2800 block).
///
/// Dot (0, 0) is the top-left dot of the top-left cell. Each cell also keeps
/// the colour of the last drawing that set one of its dots; colours are
/// opaque integers chosen by the caller. Drawing outside the canvas is
/// clipped, whatever the coordinates.
public struct BrailleCanvas: Sendable {
  public let columns: Int
  public let rows: Int
  private var bits: [UInt8]
  private var colors: [Int?]

  /// A blank canvas; sizes are clamped to 1…4096 cells.
  public init(columns: Int, rows: Int) {
    self.columns = min(max(columns, 1), 4096)
    self.rows = min(max(rows, 1), 4096)
    bits = Array(repeating: 0, count: self.columns * self.rows)
    colors = Array(repeating: nil, count: self.columns * self.rows)
  }

  /// Dots across: two per cell.
  public var dotWidth: Int { columns * 2 }
  /// Dots down: four per cell.
  public var dotHeight: Int { rows * 4 }

  /// Sets the dot at (x, y); ignored outside the canvas.
  public mutating func set(x: Int, y: Int, color: Int? = nil) {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
    let cell = (y >> 2) * columns + (x >> 1)
    bits[cell] |= Self.bit(x: x & 1, y: y & 3)
    colors[cell] = color
  }

  /// Whether the dot at (x, y) is set.
  public func isSet(x: Int, y: Int) -> Bool {
    guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return false }
    return bits[(y >> 2) * columns + (x >> 1)] & Self.bit(x: x & 1, y: y & 3) != 0
  }

  /// Draws a straight line between two points in dot coordinates (Bresenham
  /// on the part inside the canvas; rounding to the nearest dot).
  public mutating func line(from start: PlotPoint, to end: PlotPoint, color: Int? = nil) {
    Self.visitLine(from: start, to: end, width: dotWidth, height: dotHeight) { x, y in
      set(x: x, y: y, color: color)
    }
  }

  /// Draws the polyline through `points` (a single point as one dot) with `dash` counted along
  /// the whole path: a vertex shared by two segments is one dot, so the pattern runs on across
  /// corners. `phase` is the pattern position of the first dot.
  public mutating func stroke(
    _ points: [PlotPoint], color: Int? = nil, dash: BrailleDash = .solid, phase: Int = 0
  ) {
    var index = min(max(phase, 0), 1 << 20)
    var last: (x: Int, y: Int)?
    let segments = points.count == 1 ? [(points[0], points[0])] : Array(zip(points, points.dropFirst()))
    for (start, end) in segments {
      Self.visitLine(from: start, to: end, width: dotWidth, height: dotHeight) { x, y in
        if let last, last.x == x, last.y == y { return }
        if dash.draws(index) { set(x: x, y: y, color: color) }
        index = index == Int.max ? 0 : index + 1
        last = (x, y)
      }
    }
  }

  /// Sets every dot of `other` (a canvas of the same size; otherwise nothing happens), giving the
  /// cells it touches its colours.
  public mutating func overlay(_ other: BrailleCanvas) {
    guard other.columns == columns, other.rows == rows else { return }
    for cell in bits.indices where other.bits[cell] != 0 {
      bits[cell] |= other.bits[cell]
      colors[cell] = other.colors[cell]
    }
  }

  /// The rows, top to bottom, whose cell in `column` has a dot set.
  public func occupiedRows(column: Int) -> [Int] {
    guard column >= 0, column < columns else { return [] }
    return (0..<rows).filter { bits[$0 * columns + column] != 0 }
  }

  /// The dots of the line between two points that lie inside a canvas `width` × `height` dots,
  /// in order from `start`.
  private static func visitLine(
    from start: PlotPoint, to end: PlotPoint, width dotWidth: Int, height dotHeight: Int,
    _ visit: (Int, Int) -> Void
  ) {
    let bounds = PlotRect(x: -0.5, y: -0.5, width: Double(dotWidth), height: Double(dotHeight))
    guard let (a, b) = LineClipper.clip(start, end, to: bounds) else { return }
    let limits = -1...(max(dotWidth, dotHeight) + 1)
    guard var x0 = SafeInt.from(a.x, in: limits), var y0 = SafeInt.from(a.y, in: limits),
      let x1 = SafeInt.from(b.x, in: limits), let y1 = SafeInt.from(b.y, in: limits)
    else { return }
    let dx = abs(x1 - x0)
    let dy = -abs(y1 - y0)
    let stepX = x0 < x1 ? 1 : -1
    let stepY = y0 < y1 ? 1 : -1
    var error = dx + dy
    while true {
      if x0 >= 0, y0 >= 0, x0 < dotWidth, y0 < dotHeight { visit(x0, y0) }
      if x0 == x1 && y0 == y1 { break }
      let doubled = 2 * error
      if doubled >= dy {
        error += dy
        x0 += stepX
      }
      if doubled <= dx {
        error += dx
        y0 += stepY
      }
    }
  }

  /// The braille character of a cell, or `nil` when none of its dots is set.
  public func character(column: Int, row: Int) -> Character? {
    guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
    let value = bits[row * columns + column]
    guard value != 0, let scalar = Unicode.Scalar(0x2800 + UInt32(value)) else { return nil }
    return Character(scalar)
  }

  /// The colour of the last drawing in a cell.
  public func color(column: Int, row: Int) -> Int? {
    guard column >= 0, row >= 0, column < columns, row < rows else { return nil }
    return colors[row * columns + column]
  }

  /// The canvas as lines of text, blank cells as spaces.
  public func lines() -> [String] {
    (0..<rows).map { row in
      String((0..<columns).map { character(column: $0, row: row) ?? " " })
    }
  }

  static func bit(x: Int, y: Int) -> UInt8 {
    switch (x, y) {
    case (0, 3): return 0x40
    case (1, 3): return 0x80
    case (0, _): return 1 << UInt8(y)
    default: return 0x08 << UInt8(y)
    }
  }
}
