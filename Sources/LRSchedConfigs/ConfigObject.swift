import LRSchedCore

/// One object of a config file (training arguments, `args.yaml`, a LightningCLI section), read key
/// by key with types checked; every error names the key's dotted path in the file.
struct ConfigObject {
  /// The path of this object in the file (empty at the top level).
  let path: String
  let members: [(key: String, value: JSONValue)]

  /// Wraps `value`, which must be an object.
  init(_ value: JSONValue, path: String, what: String = "an object") throws(SpecError) {
    guard case .object(let m) = value else {
      throw SpecError(path, "must be \(what), got \(value.typeName)")
    }
    self.path = path
    self.members = m
  }

  /// The dotted path of `key`.
  func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

  /// The value of `key` (the last one, if repeated); `nil` when absent or `null`.
  func value(_ key: String) -> JSONValue? {
    guard let v = members.last(where: { $0.key == key })?.value, v != .null else { return nil }
    return v
  }

  /// Whether `key` is present with a non-null value.
  func has(_ key: String) -> Bool { value(key) != nil }

  /// A number (an integer or a float, as written), or `fallback`.
  func number(_ key: String, default fallback: JSONNumber? = nil) throws(SpecError) -> JSONNumber? {
    guard let v = value(key) else { return fallback }
    guard case .number(let n) = v else { throw SpecError(path(key), "must be a number, got \(v.typeName)") }
    guard n.double.isFinite else { throw SpecError(path(key), "must be a finite number, got \(n.literal)") }
    return n
  }

  /// A finite float, or `fallback`; `nil` when absent without one.
  func double(_ key: String, default fallback: Double? = nil) throws(SpecError) -> Double? {
    guard let n = try number(key) else { return fallback }
    return n.double
  }

  /// An integer (a float with no fraction, such as `3.0`, counts), or `fallback`.
  func int(_ key: String, default fallback: Int? = nil) throws(SpecError) -> Int? {
    guard let v = value(key) else { return fallback }
    guard case .number(let n) = v else { throw SpecError(path(key), "must be an integer, got \(v.typeName)") }
    if let i = n.int { return i }
    guard n.double == n.double.rounded(), abs(n.double) < 9.0e15 else {
      throw SpecError(path(key), "must be an integer, got \(n.literal)")
    }
    return Int(n.double)
  }

  /// A boolean, or `fallback`.
  func bool(_ key: String, default fallback: Bool) throws(SpecError) -> Bool {
    guard let v = value(key) else { return fallback }
    guard case .bool(let b) = v else { throw SpecError(path(key), "must be true or false, got \(v.typeName)") }
    return b
  }

  /// A string, or `fallback`.
  func string(_ key: String, default fallback: String? = nil) throws(SpecError) -> String? {
    guard let v = value(key) else { return fallback }
    guard case .string(let s) = v else { throw SpecError(path(key), "must be a string, got \(v.typeName)") }
    return s
  }

  /// A string that must be one of `choices`, with a suggestion for a typo.
  func choice(_ key: String, in choices: [String], default fallback: String) throws(SpecError) -> String {
    let s = try string(key, default: fallback) ?? fallback
    guard choices.contains(s) else {
      throw SpecError(path(key), "unknown '\(s)'\(Suggestion.hint(for: s, in: choices)); one of \(choices.joined(separator: ", "))")
    }
    return s
  }

  /// A nested object, or `nil` when absent.
  func object(_ key: String) throws(SpecError) -> ConfigObject? {
    guard let v = value(key) else { return nil }
    return try ConfigObject(v, path: path(key))
  }

  /// Fails at `key` unless `ok`.
  func require(_ ok: Bool, _ key: String, _ message: String) throws(SpecError) {
    if !ok { throw SpecError(path(key), message) }
  }
}
