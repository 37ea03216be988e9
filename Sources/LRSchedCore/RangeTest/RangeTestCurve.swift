/// An LR range test's curve: each iteration's learning rate and (smoothed) loss.
public struct RangeTestCurve: Sendable, Equatable {
  public var lrs: [Double]
  /// The losses as smoothed (the raw ones when smoothing is 0).
  public var losses: [Double]
  /// Whether the test stopped early because the loss diverged.
  public var diverged: Bool

  public init(lrs: [Double], losses: [Double], diverged: Bool = false) {
    self.lrs = lrs
    self.losses = losses
    self.diverged = diverged
  }

  /// Reads a recorded test from the CSV file at `path` (see `log(_:name:smoothing:errorPath:)`);
  /// columns other than `lr` and `loss` may hold anything.
  public static func read(path: String, smoothing: Double, errorPath: String = "log") throws(SpecError) -> RangeTestCurve {
    let table = try NumericTable.read(
      path: path, displayName: path, errorPath: errorPath, maximumValues: 1 << 25, keeping: ["lr", "loss"])
    return try log(table, name: path, smoothing: smoothing, errorPath: errorPath)
  }

  /// The curve of a recorded test, from a CSV with `lr` and `loss` columns (a header naming
  /// them; without a header, two columns in that order). Learning rates must be finite; losses
  /// may be `nan` or `inf`. `losses` are smoothed with β = `smoothing`.
  public static func log(_ table: NumericTable, name: String, smoothing: Double, errorPath: String = "log") throws(SpecError) -> RangeTestCurve {
    let lrColumn: Int
    let lossColumn: Int
    if table.header != nil {
      guard let l = table.column(named: "lr") else {
        throw SpecError(errorPath, "\(name): no 'lr' column in the header (\(DisplayText.excerpt(table.header?.joined(separator: ",") ?? "")))")
      }
      guard let s = table.column(named: "loss") else {
        throw SpecError(errorPath, "\(name): no 'loss' column in the header (\(DisplayText.excerpt(table.header?.joined(separator: ",") ?? "")))")
      }
      lrColumn = l
      lossColumn = s
    } else {
      guard table.columns == 2 else {
        throw SpecError(errorPath, "\(name): without a header line naming 'lr' and 'loss', give exactly two columns (lr, loss)")
      }
      lrColumn = 0
      lossColumn = 1
    }
    guard table.rows > 0 else { throw SpecError(errorPath, "\(name): no data rows") }
    var lrs: [Double] = []
    var losses: [Double] = []
    lrs.reserveCapacity(table.rows)
    losses.reserveCapacity(table.rows)
    for r in 0..<table.rows {
      let lr = table[r, lrColumn]
      guard lr.isFinite else {
        throw SpecError(errorPath, "\(name):\(table.lines[r]): the learning rate must be a finite number, got \(DoubleFormat.shortest(lr))")
      }
      lrs.append(lr)
      losses.append(table[r, lossColumn])
    }
    return RangeTestCurve(lrs: lrs, losses: LossSmoother.smooth(losses, beta: smoothing))
  }
}
