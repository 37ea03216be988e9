/// A JSON number as written: Python's `json` makes `3` an `int` and `3.0` a `float`, and PyTorch's
/// arithmetic can tell them apart, so the literal is kept beside its values.
public struct JSONNumber: Sendable, Equatable, Hashable {
  /// The literal as it appeared in the document.
  public let literal: String
  /// The nearest double (correctly rounded, as `float()` in Python).
  public let double: Double
  /// The exact integer value, when the literal is an integer that fits in `Int`.
  public let int: Int?
  /// Whether the literal has no fraction or exponent (Python's `int`).
  public let isInteger: Bool

  /// Creates a number from a JSON literal; `nil` when it is not a valid JSON number.
  public init?(literal: String) {
    guard let d = Double(literal) else { return nil }
    self.literal = literal
    self.double = d
    let integer = !literal.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
    self.isInteger = integer
    self.int = integer ? Int(literal) : nil
  }

  /// A number for `value`, written as Python's `repr` would.
  public init(_ value: Double) {
    self.literal = DoubleFormat.shortest(value)
    self.double = value
    self.int = nil
    self.isInteger = false
  }

  /// An integer number.
  public init(_ value: Int) {
    self.literal = String(value)
    self.double = Double(value)
    self.int = value
    self.isInteger = true
  }
}
