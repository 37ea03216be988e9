extension Param where Value == Double {
  /// A float argument whose Python default is an `int` (`patience=10`), listed as Python writes it.
  init(_ name: String, intDefault fallback: Int, help: String, runDefault: RunDefault? = nil) {
    self.init(name, defaultText: String(fallback), help: help, runDefault: runDefault) { args, key throws(SpecError) in
      try args.double(key, default: Double(fallback))
    }
  }
}

extension Param where Value == PyNumber {
  /// A step count PyTorch reads as any number: an `int`, or a `float` that its arithmetic then uses
  /// as one (`%`, `//`, comparisons with `last_epoch`); required when `fallback` is `nil`.
  init(_ name: String, stepCount fallback: Int?, help: String, runDefault: RunDefault? = nil, marker: String? = nil) {
    self.init(
      name, defaultText: fallback.map { String($0) }, help: help, runDefault: runDefault, marker: marker,
      markerDefault: fallback
    ) { args, key throws(SpecError) in
      guard args.value(key) != nil else { return .int(try args.int(key, default: fallback)) }
      return try PyNumber.read(args, key, default: .int(0))
    }
  }
}

extension Param where Value == [PyNumber] {
  /// A required list of step counts, each an `int` or a `float` as written.
  init(_ name: String, stepCounts help: String, runDefault: RunDefault? = nil, marker: String? = nil) {
    self.init(name, defaultText: nil, help: help, runDefault: runDefault, marker: marker) { args, key throws(SpecError) in
      guard let v = args.value(key) else { return try args.intList(key).map(PyNumber.int) }
      guard case .array(let items) = v else { throw SpecError(args.path(key), "must be a list of numbers, got \(v.typeName)") }
      var out: [PyNumber] = []
      for (i, item) in items.enumerated() { out.append(try PyNumber.read(item, at: "\(args.path(key))[\(i)]")) }
      return out
    }
  }
}

extension PyNumber {
  /// Python's `last_epoch == self` for an `int` step.
  func equals(step: Int) -> Bool {
    if let i = int { return i == step }
    return double == Double(step)
  }

  /// Python's `last_epoch > self` (`< 2**53`, where the double comparison is exact).
  func isBelow(step: Int) -> Bool {
    if let i = int { return step > i }
    return Double(step) > double
  }

  /// Python's `min(self, last_epoch)` as a float.
  func minDouble(step: Int) -> Double {
    if let i = int { return Double(Swift.min(i, step)) }
    return Swift.min(double, Double(step))
  }
}
