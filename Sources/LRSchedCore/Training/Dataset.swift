/// A classification dataset: rows of features with an integer label each.
public struct Dataset: Sendable {
  /// Every row's features, row after row (`count × featureCount`).
  public let features: [Double]
  /// Each row's class, in `0..<classCount`.
  public let labels: [Int]
  public let featureCount: Int
  public let classCount: Int

  /// The number of rows.
  public var count: Int { labels.count }

  /// A dataset from checked parts: `features.count == labels.count × featureCount`, labels in range.
  public init(features: [Double], labels: [Int], featureCount: Int, classCount: Int) {
    self.features = features
    self.labels = labels
    self.featureCount = featureCount
    self.classCount = classCount
  }

  /// The dataset a `train` section describes: its data file (`path` resolved against
  /// `baseDirectory`, else the working directory, and kept inside it by `SpecPaths`) or its
  /// synthetic data.
  public static func load(_ spec: TrainSpec, baseDirectory: String?, path: String = "train") throws(SpecError) -> Dataset {
    guard let file = spec.data else { return synthetic(spec) }
    let resolved = try SpecPaths.resolve(file, in: baseDirectory, field: path + ".data")
    let table = try NumericTable.read(
      path: resolved, displayName: resolved, errorPath: path + ".data", maximumValues: TrainSpec.maximumValues + TrainSpec.maximumValues / 2)
    return try fromTable(table, name: resolved, classes: spec.classes, path: path)
  }

  /// Features then a label per row of `table`; every feature finite, every label an integer.
  static func fromTable(_ table: NumericTable, name: String, classes: Int?, path: String) throws(SpecError) -> Dataset {
    let columns = table.columns
    guard table.rows > 0 else { throw SpecError(path + ".data", "\(name): no data rows") }
    guard columns >= 2 else {
      throw SpecError(path + ".data", "\(name): needs at least one feature column and a label column, got \(columns) column")
    }
    let d = columns - 1
    guard table.rows.multipliedReportingOverflow(by: d).partialValue <= TrainSpec.maximumValues else {
      throw SpecError(path + ".data", "\(name): more than \(TrainSpec.maximumValues) feature values")
    }
    var features: [Double] = []
    features.reserveCapacity(table.rows * d)
    var labels: [Int] = []
    labels.reserveCapacity(table.rows)
    var maxLabel = 0
    let limit = classes ?? TrainSpec.maximumClasses
    for r in 0..<table.rows {
      for c in 0..<d {
        let v = table[r, c]
        guard v.isFinite else {
          throw SpecError(path + ".data", "\(name):\(table.lines[r]): column \(c + 1) is \(DoubleFormat.shortest(v)); features must be finite")
        }
        features.append(v)
      }
      let y = table[r, d]
      guard y.isFinite, y >= 0, y == y.rounded(), y < Double(limit) else {
        let why = classes == nil ? "an integer from 0 to \(limit - 1)" : "an integer from 0 to \(limit - 1) (train.classes is \(limit))"
        throw SpecError(path + ".data", "\(name):\(table.lines[r]): the label (last column) must be \(why), got \(DoubleFormat.shortest(y))")
      }
      let label = Int(y)
      maxLabel = max(maxLabel, label)
      labels.append(label)
    }
    let k = classes ?? maxLabel + 1
    guard !d.multipliedReportingOverflow(by: k).overflow, d * k <= TrainSpec.maximumWeights else {
      throw SpecError(path + ".data", "\(name): features × classes is more than \(TrainSpec.maximumWeights) weights")
    }
    return Dataset(features: features, labels: labels, featureCount: d, classCount: k)
  }
}
