/// `keras.optimizers.schedules.PiecewiseConstantDecay`: `values[0]` up to and including
/// `boundaries[0]`, `values[i]` for `boundaries[i-1] < step <= boundaries[i]`, `values[-1]` after
/// the last boundary.
///
/// As in Keras, the boundaries are cast to the step's int32 (a float boundary truncates) and the
/// result is the float32 sum of each range's indicator times its value, so overlapping ranges
/// (unsorted boundaries) add up.
public struct KerasPiecewiseConstantDecay: StepFunctionSchedule {
  public let boundaries: [Int]
  public let values: [Double]

  /// `values` has one more element than `boundaries`, which is not empty.
  public init(boundaries: [Int], values: [Double]) {
    self.boundaries = boundaries
    self.values = values
  }

  public func callAsFunction(_ count: Int) -> Double {
    guard let first = boundaries.first, let last = boundaries.last, values.count == boundaries.count + 1 else { return .nan }
    let one = TorchFloat(1.0)
    let zero = TorchFloat(0.0)
    var result = zero
    result = result + (count <= first ? one : zero) * TorchFloat(values[0])
    result = result + (count > last ? one : zero) * TorchFloat(values[values.count - 1])
    for i in 0..<(boundaries.count - 1) {
      let inRange = count > boundaries[i] && count <= boundaries[i + 1]
      result = result + (inRange ? one : zero) * TorchFloat(values[i + 1])
    }
    return result.double
  }
}

extension KerasPiecewiseConstantDecay {
  /// A required list argument, unread: the raw value, refused only when missing.
  private static func list(_ name: String, help: String) -> Param<JSONValue> {
    Param(name, defaultText: nil, help: help) { args, key throws(SpecError) in
      guard let v = args.value(key) else { throw SpecError(args.path(key), "\(args.type) requires '\(key)', which is missing") }
      return v
    }
  }

  static let boundaries = list("boundaries", help: "Increasing step boundaries.")
  static let values = list("values", help: "The learning rates, one more than boundaries.")

  static let descriptor = KerasArguments.descriptor(
    name: "keras.PiecewiseConstantDecay", aliases: ["keras-piecewise"],
    summary: "Piecewise constant learning rates: values[i] between boundaries[i-1] and boundaries[i].",
    details: "A step schedule given as absolute values, e.g. boundaries=[100000, 110000], values=[1.0, 0.5, 0.1]. A boundary step still takes the earlier value (step <= boundary). values must have one more element than boundaries.",
    parameters: [boundaries, values],
    markers: { node, set in
      for b in node.intList(boundaries.name) ?? [] { set.add(b + 1, "boundary") }
    }
  ) { args throws(SpecError) in
    let b = try args[boundaries]
    let v = try args[values]
    let boundariesPath = args.path(boundaries.name)
    let valuesPath = args.path(values.name)
    guard case .array(let boundaryItems) = b else { throw SpecError(boundariesPath, "must be a list of numbers, got \(b.typeName)") }
    guard case .array(let valueItems) = v else { throw SpecError(valuesPath, "must be a list of numbers, got \(v.typeName)") }
    guard boundaryItems.count == valueItems.count - 1 else {
      throw SpecError(
        boundariesPath,
        "ValueError: The length of boundaries should be 1 less than the length of values. Received: boundaries=\(KerasArguments.repr(b)) of length \(boundaryItems.count), and values=\(KerasArguments.repr(v)) of length \(valueItems.count).")
    }
    guard !boundaryItems.isEmpty else {
      throw SpecError(boundariesPath, "IndexError: list index out of range (PiecewiseConstantDecay needs at least one boundary)")
    }
    var steps: [Int] = []
    for (i, item) in boundaryItems.enumerated() {
      let path = "\(boundariesPath)[\(i)]"
      let x = try SchedulerArguments.double(item, at: path)
      let step = x.rounded(.towardZero)
      guard step >= Double(Int32.min) && step <= Double(Int32.max) else {
        throw SpecError(path, "OverflowError: \(KerasArguments.repr(item)) does not fit the step's int32")
      }
      steps.append(Int(step))
    }
    var rates: [Double] = []
    for (i, item) in valueItems.enumerated() {
      rates.append(try SchedulerArguments.double(item, at: "\(valuesPath)[\(i)]"))
    }
    return KerasPiecewiseConstantDecay(boundaries: steps, values: rates)
  }
}
