/// A Python number as the evaluator sees it: `int`, `float` or `bool`.
///
/// `int` is limited to 64 bits; any operation whose exact result does not fit
/// throws "integer too large" where Python would grow a bigint. `bool` takes
/// part in arithmetic as the `int` 0 or 1, like Python's.
public enum PyValue: Sendable, Equatable {
  case int(Int)
  case float(Double)
  case bool(Bool)

  /// Python's `float(value)`: the nearest `Double` (ties to even) for an
  /// `int`, 1.0 or 0.0 for a `bool`.
  public var doubleValue: Double {
    switch self {
    case .int(let value): Double(value)
    case .float(let value): value
    case .bool(let value): value ? 1.0 : 0.0
    }
  }

  /// The integer value of an `int` or `bool`; `nil` for a `float`.
  public var integerValue: Int? {
    switch self {
    case .int(let value): value
    case .float: nil
    case .bool(let value): value ? 1 : 0
    }
  }

  /// Python's truth value: nonzero numbers (and NaN) are true.
  public var isTruthy: Bool {
    switch self {
    case .int(let value): value != 0
    case .float(let value): value != 0
    case .bool(let value): value
    }
  }

  /// Python's `type(value).__name__`.
  public var typeName: String {
    switch self {
    case .int: "int"
    case .float: "float"
    case .bool: "bool"
    }
  }
}
