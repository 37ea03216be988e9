/// A keyword argument as Python holds it after `json.loads` (`3` an `int`, `3.0` a `float`,
/// `true` a `bool`, which is also an `int`), for the PyTorch constructors that check
/// `isinstance` and print the value in their messages: a view of a ``JSONValue`` whose numbers
/// are ``PyValue``s and whose text is ``PyRepr``'s.
struct PythonArgument {
  let value: JSONValue

  init(_ value: JSONValue) {
    self.value = value
  }

  /// `isinstance(x, int)`: an integer literal or a boolean.
  var isInt: Bool {
    switch value {
    case .bool: return true
    case .number(let n): return n.isInteger
    default: return false
    }
  }

  /// `isinstance(x, float)`: a number literal with a fraction or an exponent.
  var isFloat: Bool {
    if case .number(let n) = value { return !n.isInteger }
    return false
  }

  /// The numeric value of an `int`, `bool` or `float`; `nil` for anything else.
  var number: Double? {
    switch value {
    case .bool(let b): return b ? 1 : 0
    case .number(let n): return n.double
    default: return nil
    }
  }

  /// The value of an `int` or `bool` that fits in `Int`.
  var int: Int? {
    switch value {
    case .bool(let b): return b ? 1 : 0
    case .number(let n): return n.isInteger ? n.int : nil
    default: return nil
    }
  }

  /// Python's `type(x)` as `str()` prints it, e.g. `<class 'str'>`.
  var typeDescription: String {
    "<class '\(Self.typeName(value))'>"
  }

  /// Python's `str(x)`, as an f-string prints it.
  var str: String {
    if case .string(let s) = value { return s }
    return Self.repr(value)
  }

  /// Python's `type(x).__name__` (``JSONValue/pyTypeName``).
  static func typeName(_ v: JSONValue) -> String { v.pyTypeName }

  /// Python's `repr(x)` (``JSONValue/pyRepr``).
  static func repr(_ v: JSONValue) -> String { v.pyRepr }
}
