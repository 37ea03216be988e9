import PyExpression

/// A JSON number as Python's `json.loads` makes it, in the one number model (`PyValue`).
extension JSONValue {
  /// The value as a Python number: an `int` of any size (a literal too large for `Int` is a
  /// `bigInt`), a `float` or a `bool`; nil for `None`, a string, a list or a dict.
  public var pyNumber: PyValue? {
    switch self {
    case .bool(let b): return .bool(b)
    case .number(let n):
      guard n.isInteger else { return .float(n.double) }
      if let i = n.int { return .int(i) }
      return BigInt(n.literal).map(PyValue.bigInt)
    default: return nil
    }
  }

  /// Python's `str` of the value: a string itself, anything else its `repr`.
  public var pyStr: String {
    if case .string(let s) = self { return s }
    return pyRepr
  }
}
