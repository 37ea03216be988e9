/// A parsed JSON document that keeps what the numerics need: object key order and each number's
/// literal text, so `10` and `10.0` stay distinguishable and every float reads back exactly.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case number(JSONNumber)
  case string(String)
  case array([JSONValue])
  /// Members in document order; a repeated key keeps its last value, as Python's `json` does.
  case object([(key: String, value: JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.number(let a), .number(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)):
      return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    default: return false
    }
  }

  /// The member named `key` of an object (the last one, if repeated); `nil` otherwise.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.last(where: { $0.key == key })?.value
  }

  /// A short name of the value's JSON type, for error messages.
  public var typeName: String {
    switch self {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number(let n): return n.isInteger ? "an integer" : "a number"
    case .string: return "a string"
    case .array: return "a list"
    case .object: return "an object"
    }
  }

  /// Whether the value is neither a list nor an object.
  public var isScalar: Bool {
    switch self {
    case .array, .object: return false
    default: return true
    }
  }

  /// Returns an object with `key` set to `value`, replacing an existing member in place.
  public func setting(_ key: String, to value: JSONValue) -> JSONValue {
    guard case .object(var members) = self else { return .object([(key, value)]) }
    if let i = members.lastIndex(where: { $0.key == key }) {
      members[i].value = value
    } else {
      members.append((key, value))
    }
    return .object(members)
  }

  /// Returns an object without the member `key`.
  public func removing(_ key: String) -> JSONValue {
    guard case .object(let members) = self else { return self }
    return .object(members.filter { $0.key != key })
  }
}
