extension Param where Value == PyNumber {
  /// A number kept as the `int` or `float` it is written as (Python's arithmetic differs).
  init(_ name: String, default fallback: PyNumber, help: String) {
    self.init(
      name, defaultText: fallback.int.map { String($0) } ?? DoubleFormat.shortest(fallback.double), help: help
    ) { args, key throws(SpecError) in try PyNumber.read(args, key, default: fallback) }
  }
}

extension Param {
  /// The same argument, read the same way, documented with `help` (a shared argument whose
  /// meaning a scheduler words its own way).
  func documented(as help: String) -> Param {
    Param(
      info.name, defaultText: info.defaultValue, help: help, runDefault: info.runDefault, alternatives: info.alternatives,
      marker: info.marker, markerDefault: info.markerDefault, read: reader)
  }
}
