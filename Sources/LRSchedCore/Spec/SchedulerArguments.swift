/// The keyword arguments of one scheduler in a spec, read with validation.
///
/// Each read names its key; a missing required key, a value of the wrong type, and (through
/// `finish()`) a key that no read asked for are reported as a `SpecError` at that key's path.
/// JSON `null` reads as "not given", like Python's `None`.
public final class SchedulerArguments {
  /// The spec path of the scheduler object, e.g. `scheduler` or `scheduler.schedulers[0]`.
  public let path: String
  /// The scheduler's `type` as written.
  public let type: String
  private let members: [(key: String, value: JSONValue)]
  private var read: Set<String> = ["type", "name"]

  public init(_ value: JSONValue, path: String) throws(SpecError) {
    guard case .object(let members) = value else {
      throw SpecError(path, "must be an object with a \"type\", got \(value.typeName)")
    }
    self.members = members
    self.path = path
    guard let t = value["type"] else { throw SpecError(path, "missing \"type\"") }
    guard case .string(let s) = t else { throw SpecError(path + ".type", "must be a string, got \(t.typeName)") }
    self.type = s
  }

  /// The path of `key` within the spec.
  public func path(_ key: String) -> String { "\(path).\(key)" }

  /// The raw value of `key`, or `nil` when it is absent or `null`; marks it as read.
  public func value(_ key: String) -> JSONValue? {
    read.insert(key)
    guard let v = members.last(where: { $0.key == key })?.value else { return nil }
    if case .null = v { return nil }
    return v
  }

  /// Whether `key` is given (and not `null`).
  public func has(_ key: String) -> Bool {
    members.contains { $0.key == key && $0.value != .null }
  }

  /// Every key given, in spec order.
  public var keys: [String] { members.map(\.key) }

  private func missing(_ key: String) -> SpecError {
    SpecError(path(key), "\(type) requires '\(key)', which is missing")
  }

  /// A float argument (an integer is accepted, as in Python).
  public func double(_ key: String, default fallback: Double? = nil) throws(SpecError) -> Double {
    guard let v = value(key) else {
      if let fallback { return fallback }
      throw missing(key)
    }
    return try Self.double(v, at: path(key))
  }

  /// A float argument that may be absent.
  public func optionalDouble(_ key: String) throws(SpecError) -> Double? {
    guard let v = value(key) else { return nil }
    return try Self.double(v, at: path(key))
  }

  /// An integer argument; an integral float such as `10.0` is accepted, as Python's arithmetic would.
  public func int(_ key: String, default fallback: Int? = nil) throws(SpecError) -> Int {
    guard let v = value(key) else {
      if let fallback { return fallback }
      throw missing(key)
    }
    return try Self.int(v, at: path(key))
  }

  /// An integer argument that may be absent.
  public func optionalInt(_ key: String) throws(SpecError) -> Int? {
    guard let v = value(key) else { return nil }
    return try Self.int(v, at: path(key))
  }

  /// A boolean argument.
  public func bool(_ key: String, default fallback: Bool? = nil) throws(SpecError) -> Bool {
    guard let v = value(key) else {
      if let fallback { return fallback }
      throw missing(key)
    }
    guard case .bool(let b) = v else { throw SpecError(path(key), "must be true or false, got \(v.typeName)") }
    return b
  }

  /// A string argument.
  public func string(_ key: String, default fallback: String? = nil) throws(SpecError) -> String {
    guard let v = value(key) else {
      if let fallback { return fallback }
      throw missing(key)
    }
    guard case .string(let s) = v else { throw SpecError(path(key), "must be a string, got \(v.typeName)") }
    return s
  }

  /// A list of integers.
  public func intList(_ key: String, default fallback: [Int]? = nil) throws(SpecError) -> [Int] {
    guard let v = value(key) else {
      if let fallback { return fallback }
      throw missing(key)
    }
    guard case .array(let items) = v else { throw SpecError(path(key), "must be a list of integers, got \(v.typeName)") }
    var out: [Int] = []
    for (i, item) in items.enumerated() {
      out.append(try Self.int(item, at: "\(path(key))[\(i)]"))
    }
    return out
  }

  /// A list of floats.
  public func doubleList(_ key: String, default fallback: [Double]? = nil) throws(SpecError) -> [Double] {
    guard let v = value(key) else {
      if let fallback { return fallback }
      throw missing(key)
    }
    guard case .array(let items) = v else { throw SpecError(path(key), "must be a list of numbers, got \(v.typeName)") }
    var out: [Double] = []
    for (i, item) in items.enumerated() {
      out.append(try Self.double(item, at: "\(path(key))[\(i)]"))
    }
    return out
  }

  /// A float or a list of floats, one per parameter group (PyTorch's `_format_param`).
  public func perGroup(
    _ key: String, groups: Int, default fallback: Double? = nil
  ) throws(SpecError) -> [Double] {
    guard let v = value(key) else {
      if let fallback { return Array(repeating: fallback, count: groups) }
      throw missing(key)
    }
    if case .array(let items) = v {
      guard items.count == groups else {
        throw SpecError(
          path(key),
          "\(key) must have the same length as optimizer.param_groups. \(key) has \(items.count) values, param_groups has \(groups).")
      }
      var out: [Double] = []
      for (i, item) in items.enumerated() {
        out.append(try Self.double(item, at: "\(path(key))[\(i)]"))
      }
      return out
    }
    return Array(repeating: try Self.double(v, at: path(key)), count: groups)
  }

  /// Fails on any key that no read asked for, suggesting the nearest known one.
  public func finish() throws(SpecError) {
    for (key, _) in members where !read.contains(key) {
      throw SpecError(path(key), "\(type) has no argument '\(key)'\(Suggestion.hint(for: key, in: read.subtracting(["type", "name"])))")
    }
  }

  /// A JSON number as a float, or an error at `path`.
  public static func double(_ v: JSONValue, at path: String) throws(SpecError) -> Double {
    switch v {
    case .number(let n):
      guard n.double.isFinite else { throw SpecError(path, "number \(n.literal) is out of range") }
      return n.double
    case .bool(let b): return b ? 1 : 0
    default: throw SpecError(path, "must be a number, got \(v.typeName)")
    }
  }

  /// A JSON number as an integer, or an error at `path`.
  public static func int(_ v: JSONValue, at path: String) throws(SpecError) -> Int {
    switch v {
    case .number(let n):
      if let i = n.int { return i }
      if n.isInteger { throw SpecError(path, "integer \(n.literal) is too large") }
      guard n.double == n.double.rounded(), abs(n.double) < 9.0e15 else {
        throw SpecError(path, "must be an integer, got \(n.literal)")
      }
      return Int(n.double)
    case .bool(let b): return b ? 1 : 0
    default: throw SpecError(path, "must be an integer, got \(v.typeName)")
    }
  }
}
