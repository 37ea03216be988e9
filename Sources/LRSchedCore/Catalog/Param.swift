/// A scheduler's keyword argument declared once: name, default, help and run default (`info`),
/// and how it is read from a spec. `args[param]` reads it; listing it in the descriptor's
/// `parameters` documents it for `lrsched list` and the flags' run defaults.
///
/// The initializers read as `SchedulerArguments`' typed readers do: an absent or `null` argument
/// gives the default, or a "requires" error when there is none.
public struct Param<Value>: ParameterDeclaration {
  public let info: ParameterInfo
  let reader: @Sendable (SchedulerArguments, String) throws(SpecError) -> Value

  /// A parameter read by `read(args, name)`, documented with `defaultText` (Python's spelling;
  /// `nil` for a required one).
  public init(
    _ name: String, defaultText: String?, help: String, runDefault: RunDefault? = nil, alternatives: [String] = [],
    marker: String? = nil, markerDefault: Int? = nil,
    read: @escaping @Sendable (SchedulerArguments, String) throws(SpecError) -> Value
  ) {
    info = ParameterInfo(
      name, defaultText, help, runDefault: runDefault, alternatives: alternatives, marker: marker, markerDefault: markerDefault)
    reader = read
  }

  /// The argument's name.
  public var name: String { info.name }

  /// Reads the argument from `args`.
  public func read(_ args: SchedulerArguments) throws(SpecError) -> Value {
    try reader(args, info.name)
  }
}

extension Param where Value == Double {
  /// A float argument (an integer is accepted, as in Python); required when `fallback` is `nil`.
  public init(
    _ name: String, default fallback: Double? = nil, help: String, runDefault: RunDefault? = nil,
    alternatives: [String] = [], marker: String? = nil
  ) {
    self.init(
      name, defaultText: fallback.map(DoubleFormat.shortest), help: help, runDefault: runDefault,
      alternatives: alternatives, marker: marker
    ) { args, key throws(SpecError) in try args.double(key, default: fallback) }
  }
}

extension Param where Value == Double? {
  /// A float argument whose default is `None`.
  public init(_ name: String, help: String, runDefault: RunDefault? = nil, marker: String? = nil) {
    self.init(name, defaultText: "None", help: help, runDefault: runDefault, marker: marker) { args, key throws(SpecError) in
      try args.optionalDouble(key)
    }
  }
}

extension Param where Value == Int {
  /// An integer argument; required when `fallback` is `nil`.
  public init(
    _ name: String, default fallback: Int? = nil, help: String, runDefault: RunDefault? = nil,
    alternatives: [String] = [], marker: String? = nil
  ) {
    self.init(
      name, defaultText: fallback.map { String($0) }, help: help, runDefault: runDefault, alternatives: alternatives,
      marker: marker, markerDefault: fallback
    ) { args, key throws(SpecError) in try args.int(key, default: fallback) }
  }
}

extension Param where Value == Int? {
  /// An integer argument whose default is `None`.
  public init(_ name: String, help: String, runDefault: RunDefault? = nil, alternatives: [String] = [], marker: String? = nil) {
    self.init(name, defaultText: "None", help: help, runDefault: runDefault, alternatives: alternatives, marker: marker) {
      args, key throws(SpecError) in try args.optionalInt(key)
    }
  }
}

extension Param where Value == Bool {
  /// A boolean argument; required when `fallback` is `nil`.
  public init(_ name: String, default fallback: Bool? = nil, help: String) {
    self.init(name, defaultText: fallback.map { $0 ? "True" : "False" }, help: help) { args, key throws(SpecError) in
      try args.bool(key, default: fallback)
    }
  }
}

extension Param where Value == String {
  /// A string argument; required when `fallback` is `nil`.
  public init(_ name: String, default fallback: String? = nil, help: String) {
    self.init(name, defaultText: fallback.map { "'\($0)'" }, help: help) { args, key throws(SpecError) in
      try args.string(key, default: fallback)
    }
  }
}

extension Param where Value == [Int] {
  /// A list of integers; required when `fallback` is `nil`.
  public init(
    _ name: String, default fallback: [Int]? = nil, help: String, runDefault: RunDefault? = nil, marker: String? = nil
  ) {
    self.init(
      name, defaultText: fallback.map { "[" + $0.map { String($0) }.joined(separator: ", ") + "]" }, help: help,
      runDefault: runDefault, marker: marker
    ) { args, key throws(SpecError) in try args.intList(key, default: fallback) }
  }
}

extension Param where Value == [Double] {
  /// A list of floats; required when `fallback` is `nil`.
  public init(_ name: String, default fallback: [Double]? = nil, help: String) {
    self.init(
      name, defaultText: fallback.map { "[" + $0.map(DoubleFormat.shortest).joined(separator: ", ") + "]" }, help: help
    ) { args, key throws(SpecError) in try args.doubleList(key, default: fallback) }
  }
}

extension SchedulerArguments {
  /// The argument `param` declares, read as it declares.
  public subscript<Value>(_ param: Param<Value>) -> Value {
    get throws(SpecError) { try param.read(self) }
  }
}
