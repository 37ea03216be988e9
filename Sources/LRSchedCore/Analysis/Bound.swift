/// What a value in an `expect` assertion must satisfy: equal to a number within a tolerance, or
/// lie within `lt` / `le` / `gt` / `ge` bounds (all given bounds must hold).
///
/// Equality holds when `|x - value| <= atol + rtol * |value|` (NumPy's `isclose`, the expected
/// value as reference); a NaN satisfies nothing.
public struct Bound: Sendable, Equatable, CustomStringConvertible {
  public var equal: Double?
  public var lower: Double?
  public var lowerInclusive = true
  public var upper: Double?
  public var upperInclusive = true
  public var rtol: Double
  public var atol: Double

  /// Equality with `value` within the tolerance.
  public init(equal value: Double, rtol: Double = 1e-12, atol: Double = 0) {
    self.equal = value
    self.rtol = rtol
    self.atol = atol
  }

  /// Bounds only; `nil` leaves a side open.
  public init(lower: Double? = nil, lowerInclusive: Bool = true, upper: Double? = nil, upperInclusive: Bool = true) {
    self.lower = lower
    self.lowerInclusive = lowerInclusive
    self.upper = upper
    self.upperInclusive = upperInclusive
    self.rtol = 1e-12
    self.atol = 0
  }

  /// Whether `x` satisfies every condition.
  public func contains(_ x: Double) -> Bool {
    if x.isNaN { return false }
    if let equal, !Self.isClose(x, equal, rtol: rtol, atol: atol) { return false }
    if let lower, lowerInclusive ? !(x >= lower) : !(x > lower) { return false }
    if let upper, upperInclusive ? !(x <= upper) : !(x < upper) { return false }
    return true
  }

  /// `|x - expected| <= atol + rtol * |expected|`; infinities equal only themselves and NaN only
  /// NaN (a golden file's `nan` matches a run's NaN).
  public static func isClose(_ x: Double, _ expected: Double, rtol: Double, atol: Double) -> Bool {
    if x == expected || (x.isNaN && expected.isNaN) { return true }
    guard x.isFinite, expected.isFinite else { return false }
    return abs(x - expected) <= atol + rtol * abs(expected)
  }

  /// The conditions as text: `== 0.1`, `< 0.001`, `> 0 and <= 1`.
  public var description: String {
    var parts: [String] = []
    if let equal { parts.append("== \(DoubleFormat.shortest(equal))") }
    if let lower { parts.append("\(lowerInclusive ? ">=" : ">") \(DoubleFormat.shortest(lower))") }
    if let upper { parts.append("\(upperInclusive ? "<=" : "<") \(DoubleFormat.shortest(upper))") }
    return parts.isEmpty ? "any value" : parts.joined(separator: " and ")
  }

  /// Reads a number (equality) or an object of `lt`, `le`, `gt`, `ge`, `eq` at `path`.
  public static func parse(_ value: JSONValue, at path: String, rtol: Double, atol: Double) throws(SpecError) -> Bound {
    switch value {
    case .number:
      return Bound(equal: try finite(value, at: path), rtol: rtol, atol: atol)
    case .object(let members):
      guard !members.isEmpty else {
        throw SpecError(path, "give a number or bounds such as {\"lt\": 0.001}; one of lt, le, gt, ge, eq")
      }
      var b = Bound(lower: nil, upper: nil)
      b.rtol = rtol
      b.atol = atol
      for (key, v) in members {
        let x = try finite(v, at: "\(path).\(key)")
        switch key {
        case "eq": b.equal = x
        case "lt", "le":
          guard b.upper == nil else { throw SpecError("\(path).\(key)", "give one of lt and le") }
          b.upper = x
          b.upperInclusive = key == "le"
        case "gt", "ge":
          guard b.lower == nil else { throw SpecError("\(path).\(key)", "give one of gt and ge") }
          b.lower = x
          b.lowerInclusive = key == "ge"
        default:
          throw SpecError("\(path).\(key)", "unknown bound\(Suggestion.hint(for: key, in: ["lt", "le", "gt", "ge", "eq"])); one of lt, le, gt, ge, eq")
        }
      }
      return b
    default:
      throw SpecError(path, "must be a number or bounds such as {\"lt\": 0.001}, got \(value.typeName)")
    }
  }

  private static func finite(_ value: JSONValue, at path: String) throws(SpecError) -> Double {
    guard case .number(let n) = value else { throw SpecError(path, "must be a number, got \(value.typeName)") }
    guard n.double.isFinite else { throw SpecError(path, "number \(n.literal) is out of range") }
    return n.double
  }
}
