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
  var integerValue: Int? {
    switch self {
    case .int(let value): value
    case .float: nil
    case .bool(let value): value ? 1 : 0
    }
  }

  /// Python's truth value: nonzero numbers (and NaN) are true.
  var isTruthy: Bool {
    switch self {
    case .int(let value): value != 0
    case .float(let value): value != 0
    case .bool(let value): value
    }
  }

  /// Python's `type(value).__name__`.
  var typeName: String {
    switch self {
    case .int: "int"
    case .float: "float"
    case .bool: "bool"
    }
  }
}

extension PyValue: CustomStringConvertible {
  /// Python's `repr`: `3`, `0.5`, `1e-05`, `1000000000000000.0`, `inf`, `True`.
  public var description: String {
    switch self {
    case .int(let value): String(value)
    case .float(let value): PyValue.repr(value)
    case .bool(let value): value ? "True" : "False"
    }
  }

  /// The shortest round-tripping digits, laid out by Python's rule:
  /// scientific notation when the decimal exponent is below -4 or above 15.
  private static func repr(_ value: Double) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let sign = value.sign == .minus ? "-" : ""
    if value == 0 { return sign + "0.0" }
    let text = value.magnitude.description
    let parts = text.split(separator: "e")
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let pieces = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    let integerPart = String(pieces[0])
    var digits = integerPart + (pieces.count > 1 ? String(pieces[1]) : "")
    var point = integerPart.count + exponent
    while digits.hasPrefix("0") {
      digits.removeFirst()
      point -= 1
    }
    while digits.hasSuffix("0") { digits.removeLast() }
    if point <= -4 || point > 16 {
      let rest = digits.dropFirst()
      let shown = point - 1
      let magnitude = String(abs(shown))
      let exponentText = (shown < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
      return sign + String(digits.prefix(1)) + (rest.isEmpty ? "" : "." + rest) + "e" + exponentText
    }
    if point <= 0 { return sign + "0." + String(repeating: "0", count: -point) + digits }
    if point >= digits.count {
      return sign + digits + String(repeating: "0", count: point - digits.count) + ".0"
    }
    let split = digits.index(digits.startIndex, offsetBy: point)
    return sign + digits[..<split] + "." + digits[split...]
  }
}
