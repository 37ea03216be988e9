/// The `train` section of a spec: the toy problem a run trains under its schedule.
///
/// A linear layer (`nn.Linear(features, classes)`) with softmax cross-entropy, trained in double
/// precision with the spec's optimizer on `data` (a CSV of features then an integer label, its
/// path relative to the spec's directory) or, without one, on a seeded synthetic dataset of
/// `samples` rows. The last `val_fraction` of the rows (⌊rows × val_fraction⌋) are held out for
/// validation; the rest are cut into batches of `batch_size` in file order, or in a seeded order
/// each epoch when `shuffle` is true.
public struct TrainSpec: Sendable, Equatable {
  /// The most feature values a dataset may hold (rows × features): 128 MiB of doubles.
  public static let maximumValues = 1 << 24
  /// The most classes a model may have.
  public static let maximumClasses = 10_000
  /// The most weights a model may have (features × classes).
  public static let maximumWeights = 1 << 24

  /// Keys the section may have.
  public static let keys = [
    "data", "samples", "features", "classes", "seed", "val_fraction", "batch_size", "shuffle", "init",
  ]

  /// The data file as written in the spec, or `nil` for synthetic data.
  public var data: String?
  /// Synthetic rows (default 1000).
  public var samples: Int
  /// Synthetic features (default 10).
  public var features: Int
  /// Classes: synthetic default 2; for a file, at least its largest label + 1 (the default).
  public var classes: Int?
  public var seed: Int
  public var valFraction: Double
  public var batchSize: Int
  public var shuffle: Bool
  public var initialization: TrainInit

  /// A synthetic problem with the documented defaults.
  public init(
    data: String? = nil, samples: Int = 1000, features: Int = 10, classes: Int? = nil, seed: Int = 0,
    valFraction: Double = 0.2, batchSize: Int = 32, shuffle: Bool = false, initialization: TrainInit = .zeros
  ) {
    self.data = data
    self.samples = samples
    self.features = features
    self.classes = classes
    self.seed = seed
    self.valFraction = valFraction
    self.batchSize = batchSize
    self.shuffle = shuffle
    self.initialization = initialization
  }

  /// Reads and validates `value` (the spec's `train` object) at `path`.
  public init(_ value: JSONValue, path: String = "train") throws(SpecError) {
    guard case .object(let members) = value else {
      throw SpecError(path, "must be an object such as {\"data\": \"train.csv\", \"batch_size\": 32}, got \(value.typeName)")
    }
    for (key, _) in members where !Self.keys.contains(key) {
      throw SpecError("\(path).\(key)", "unknown key\(Suggestion.hint(for: key, in: Self.keys)); one of \(Self.keys.joined(separator: ", "))")
    }
    func given(_ key: String) -> JSONValue? {
      guard let v = value[key], v != .null else { return nil }
      return v
    }
    func int(_ key: String, _ range: ClosedRange<Int>, _ what: String) throws(SpecError) -> Int? {
      guard let v = given(key) else { return nil }
      let n = try SchedulerArguments.int(v, at: "\(path).\(key)")
      guard range.contains(n) else {
        let bound = range.upperBound == Int.max ? "at least \(range.lowerBound)" : "between \(range.lowerBound) and \(range.upperBound)"
        throw SpecError("\(path).\(key)", "\(what) must be \(bound), got \(n)")
      }
      return n
    }
    self.init()
    switch given("data") {
    case nil: data = nil
    case .string(let s)?:
      guard !s.isEmpty else { throw SpecError(path + ".data", "must name a CSV file, got an empty string") }
      data = s
    case let v?: throw SpecError(path + ".data", "must be a file name, got \(v.typeName)")
    }
    if data != nil {
      for key in ["samples", "features"] where given(key) != nil {
        throw SpecError("\(path).\(key)", "is for synthetic data; the data file gives the \(key)")
      }
    }
    samples = try int("samples", 2...Self.maximumValues, "the number of samples") ?? samples
    features = try int("features", 1...Self.maximumValues, "the number of features") ?? features
    classes = try int("classes", (data == nil ? 2 : 1)...Self.maximumClasses, "the number of classes")
    if data == nil {
      guard samples.multipliedReportingOverflow(by: features).partialValue <= Self.maximumValues,
        !samples.multipliedReportingOverflow(by: features).overflow
      else {
        throw SpecError(path + ".samples", "samples × features is more than \(Self.maximumValues) values")
      }
    }
    let k = classes ?? 2
    guard !features.multipliedReportingOverflow(by: k).overflow, features * k <= Self.maximumWeights else {
      throw SpecError(path + ".features", "features × classes is more than \(Self.maximumWeights) weights")
    }
    if let v = given("seed") { seed = try SchedulerArguments.int(v, at: path + ".seed") }
    if let v = given("val_fraction") {
      let f = try SchedulerArguments.double(v, at: path + ".val_fraction")
      guard f >= 0 && f < 1 else {
        throw SpecError(path + ".val_fraction", "must be at least 0 and less than 1, got \(DoubleFormat.shortest(f))")
      }
      valFraction = f
    }
    batchSize = try int("batch_size", 1...Int.max, "the batch size") ?? batchSize
    switch given("shuffle") {
    case nil: break
    case .bool(let b)?: shuffle = b
    case let v?: throw SpecError(path + ".shuffle", "must be true or false, got \(v.typeName)")
    }
    switch given("init") {
    case nil: break
    case .string(let s)?:
      guard let i = TrainInit(rawValue: s) else {
        throw SpecError(path + ".init", "must be \"zeros\" or \"uniform\", got \"\(s)\"\(Suggestion.hint(for: s, in: TrainInit.allCases.map(\.rawValue)))")
      }
      initialization = i
    case let v?: throw SpecError(path + ".init", "must be \"zeros\" or \"uniform\", got \(v.typeName)")
    }
  }

  /// The rows held out for validation out of `rows`: ⌊rows × val_fraction⌋.
  public func validationRows(of rows: Int) -> Int {
    let v = (Double(rows) * valFraction).rounded(.down)
    return v.isFinite && v >= 0 ? min(Int(v), rows) : 0
  }
}
