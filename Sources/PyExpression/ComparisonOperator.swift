/// A comparison operator, including membership in a tuple or list.
///
/// Numbers compare by exact mathematical value, as in Python: an `int` and a
/// `float` are never rounded to a common type (`2**53 + 1 != 2.0**53`).
/// NaN is unordered: every comparison with it is false except `!=`.
enum ComparisonOperator: String, Sendable {
  case less = "<"
  case lessOrEqual = "<="
  case greater = ">"
  case greaterOrEqual = ">="
  case equal = "=="
  case notEqual = "!="
  case `in` = "in"
  case notIn = "not in"
  /// Identity, which ``Interpreter`` decides from the operands' nodes and values.
  case `is` = "is"
  case isNot = "is not"

  /// Whether `lhs op rhs` holds for the ordering operators and `==`/`!=`.
  func holds(_ lhs: PyValue, _ rhs: PyValue) -> Bool {
    let order = ComparisonOperator.order(lhs, rhs)
    switch self {
    case .less: return order == -1
    case .lessOrEqual: return order == -1 || order == 0
    case .greater: return order == 1
    case .greaterOrEqual: return order == 1 || order == 0
    case .equal, .in, .is: return order == 0
    case .notEqual, .notIn, .isNot: return order != 0
    }
  }

  /// -1, 0 or 1 as `lhs` is below, equal to or above `rhs`; `nil` when a NaN
  /// makes them unordered.
  static func order(_ lhs: PyValue, _ rhs: PyValue) -> Int? {
    switch (lhs, rhs) {
    case (.bigInt(let left), _):
      if let right = rhs.bigIntegerValue { return BigInt.compare(left, right) }
      return order(left, rhs.doubleValue)
    case (_, .bigInt(let right)):
      if let left = lhs.bigIntegerValue { return BigInt.compare(left, right) }
      return order(right, lhs.doubleValue).map { -$0 }
    default:
      break
    }
    switch (lhs.integerValue, rhs.integerValue) {
    case (let left?, let right?):
      return left < right ? -1 : (left == right ? 0 : 1)
    case (let left?, nil):
      return order(left, rhs.doubleValue)
    case (nil, let right?):
      return order(right, lhs.doubleValue).map { -$0 }
    case (nil, nil):
      let left = lhs.doubleValue
      let right = rhs.doubleValue
      if left.isNaN || right.isNaN { return nil }
      return left < right ? -1 : (left == right ? 0 : 1)
    }
  }

  /// The exact order of an integer and a double.
  private static func order(_ integer: Int, _ double: Double) -> Int? {
    if double.isNaN { return nil }
    if double >= 0x1p63 { return -1 }
    if double < -0x1p63 { return 1 }
    let truncated = double.rounded(.towardZero)
    let whole = Int(truncated)
    if integer != whole { return integer < whole ? -1 : 1 }
    let fraction = double - truncated
    return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
  }

  /// The exact order of an integer of any size and a double.
  private static func order(_ integer: BigInt, _ double: Double) -> Int? {
    if double.isNaN { return nil }
    if double.isInfinite { return double > 0 ? -1 : 1 }
    let truncated = double.rounded(.towardZero)
    let order = BigInt.compare(integer, BigInt(exactly: truncated))
    if order != 0 { return order }
    let fraction = double - truncated
    return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
  }
}
