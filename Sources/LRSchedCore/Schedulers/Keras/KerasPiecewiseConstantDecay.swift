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
  static let descriptor = KerasArguments.descriptor(
    name: "keras.PiecewiseConstantDecay", aliases: ["keras-piecewise"],
    summary: "Piecewise constant learning rates: values[i] between boundaries[i-1] and boundaries[i].",
    details: "A step schedule given as absolute values, e.g. boundaries=[100000, 110000], values=[1.0, 0.5, 0.1]. A boundary step still takes the earlier value (step <= boundary). values must have one more element than boundaries.",
    parameters: [
      ParameterInfo("boundaries", nil, "Increasing step boundaries."),
      ParameterInfo("values", nil, "The learning rates, one more than boundaries."),
    ],
    markers: { node, set in
      for b in node.intList("boundaries") ?? [] { set.add(b + 1, "boundary") }
    }
  ) { args throws(SpecError) in
    guard let b = args.value("boundaries") else { throw SpecError(args.path("boundaries"), "\(args.type) requires 'boundaries', which is missing") }
    guard let v = args.value("values") else { throw SpecError(args.path("values"), "\(args.type) requires 'values', which is missing") }
    guard case .array(let boundaryItems) = b else { throw SpecError(args.path("boundaries"), "must be a list of numbers, got \(b.typeName)") }
    guard case .array(let valueItems) = v else { throw SpecError(args.path("values"), "must be a list of numbers, got \(v.typeName)") }
    guard boundaryItems.count == valueItems.count - 1 else {
      throw SpecError(
        args.path("boundaries"),
        "ValueError: The length of boundaries should be 1 less than the length of values. Received: boundaries=\(KerasArguments.repr(b)) of length \(boundaryItems.count), and values=\(KerasArguments.repr(v)) of length \(valueItems.count).")
    }
    guard !boundaryItems.isEmpty else {
      throw SpecError(args.path("boundaries"), "IndexError: list index out of range (PiecewiseConstantDecay needs at least one boundary)")
    }
    var boundaries: [Int] = []
    for (i, item) in boundaryItems.enumerated() {
      let path = "\(args.path("boundaries"))[\(i)]"
      let x = try SchedulerArguments.double(item, at: path)
      let step = x.rounded(.towardZero)
      guard step >= Double(Int32.min) && step <= Double(Int32.max) else {
        throw SpecError(path, "OverflowError: \(KerasArguments.repr(item)) does not fit the step's int32")
      }
      boundaries.append(Int(step))
    }
    var values: [Double] = []
    for (i, item) in valueItems.enumerated() {
      values.append(try SchedulerArguments.double(item, at: "\(args.path("values"))[\(i)]"))
    }
    return KerasPiecewiseConstantDecay(boundaries: boundaries, values: values)
  }
}
