/// A Python number as the evaluator sees it: `int`, `float` or `bool`.
///
/// Python's `int` is unbounded: one that fits in 64 bits is `.int`, any other
/// `.bigInt` (never one that fits, so each value has one representation).
/// Arithmetic refuses an integer result wider than
/// ``BigInt/maximumBitWidth`` bits. `bool` takes part in arithmetic as the
/// `int` 0 or 1, like Python's.
public enum PyValue: Sendable, Equatable {
  case int(Int)
  /// An `int` outside `Int`'s range.
  case bigInt(BigInt)
  case float(Double)
  case bool(Bool)

  /// The `int` `value`, as `.int` when it fits.
  public static func integer(_ value: BigInt) -> PyValue {
    value.intValue.map(PyValue.int) ?? .bigInt(value)
  }

  /// The nearest `Double` (ties to even) for an `int`, 1.0 or 0.0 for a
  /// `bool`: Python's `float(value)`, except that an `int` beyond the finite
  /// range gives an infinity here (see ``floatValue()``).
  public var doubleValue: Double {
    switch self {
    case .int(let value): Double(value)
    case .bigInt(let value): value.nearestDouble ?? (value.isNegative ? -.infinity : .infinity)
    case .float(let value): value
    case .bool(let value): value ? 1.0 : 0.0
    }
  }

  /// Python's `float(value)`: the nearest `Double`, ties to even; an `int` of
  /// 2**1024 or more in magnitude (after rounding) raises `OverflowError`.
  public func floatValue() throws(ExpressionError) -> Double {
    if case .bigInt(let value) = self {
      guard let double = value.nearestDouble else { throw PyValue.intTooLargeForFloat }
      return double
    }
    return doubleValue
  }

  static let intTooLargeForFloat = ExpressionError(
    "OverflowError: int too large to convert to float")

  /// The integer value of an `int` or `bool` that fits in an `Int`; `nil` for
  /// a `float` or a wider `int`.
  public var integerValue: Int? {
    switch self {
    case .int(let value): value
    case .bigInt, .float: nil
    case .bool(let value): value ? 1 : 0
    }
  }

  /// The integer value of an `int` or `bool` of any size; `nil` for a `float`.
  public var bigIntegerValue: BigInt? {
    switch self {
    case .int(let value): BigInt(value)
    case .bigInt(let value): value
    case .float: nil
    case .bool(let value): BigInt(value ? 1 : 0)
    }
  }

  /// Whether the value is an `int` (of any size) or a `bool`.
  public var isInteger: Bool {
    if case .float = self { return false }
    return true
  }

  /// Python's truth value: nonzero numbers (and NaN) are true.
  public var isTruthy: Bool {
    switch self {
    case .int(let value): value != 0
    case .bigInt: true
    case .float(let value): value != 0
    case .bool(let value): value
    }
  }

  /// Python's `type(value).__name__`.
  public var typeName: String {
    switch self {
    case .int, .bigInt: "int"
    case .float: "float"
    case .bool: "bool"
    }
  }
}
