/// Accumulates samples column by column and emits the decimated polylines
/// described by ``Decimation``.
struct ColumnPolylineBuilder {
  let lower: Double
  let factor: Double
  let columns: Int
  private var column = Int.min
  private var first = 0.0
  private var last = 0.0
  private var minimum = 0.0
  private var maximum = 0.0
  private var firstSequence = 0
  private var lastSequence = 0
  private var minimumSequence = 0
  private var maximumSequence = 0
  private var current: [PlotPoint] = []
  private var lines: [[PlotPoint]] = []

  init(lower: Double, factor: Double, columns: Int) {
    self.lower = lower
    self.factor = factor
    self.columns = columns
  }

  mutating func add(x: Double, y: Double, sequence: Int) {
    let position = (x - lower) * factor
    let index: Int
    if position < -0.5 {
      index = -1
    } else if position >= Double(columns) - 0.5 {
      index = columns
    } else {
      index = Int(position.rounded())
    }
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
      return
    }
    last = y
    lastSequence = sequence
    if y < minimum {
      minimum = y
      minimumSequence = sequence
    }
    if y > maximum {
      maximum = y
      maximumSequence = sequence
    }
  }

  mutating func breakLine() {
    flushColumn()
    if !current.isEmpty {
      lines.append(current)
      current = []
    }
  }

  mutating func finish() -> [[PlotPoint]] {
    breakLine()
    return lines
  }

  private mutating func flushColumn() {
    guard column != Int.min else { return }
    let x = factor > 0 ? lower + Double(column) / factor : lower
    append(x, first)
    let extremes =
      minimumSequence <= maximumSequence
      ? [(minimumSequence, minimum), (maximumSequence, maximum)]
      : [(maximumSequence, maximum), (minimumSequence, minimum)]
    for (sequence, value) in extremes where sequence != firstSequence && sequence != lastSequence {
      append(x, value)
    }
    if lastSequence != firstSequence { append(x, last) }
    column = Int.min
  }

  private mutating func append(_ x: Double, _ y: Double) {
    if let previous = current.last, previous.x == x, previous.y == y { return }
    current.append(PlotPoint(x: x, y: y))
  }
}
