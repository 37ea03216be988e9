/// A JSON value as Python holds it after `json.loads`: `3` an `int`, `3.0` a `float`, `true` a
/// `bool`, `null` `None`, arrays lists and objects dicts.
extension JSONValue {
  /// Python's `repr` of the value (``PyRepr``); an integer too large for `Int` keeps its literal.
  public var pyRepr: String {
    switch self {
    case .null: return PyRepr.none
    case .bool(let b): return PyRepr.bool(b)
    case .number(let n):
      if n.isInteger { return n.int.map(PyRepr.int) ?? n.literal }
      return PyRepr.float(n.double)
    case .string(let s): return PyRepr.string(s)
    case .array(let items): return PyRepr.list(items.map(\.pyRepr))
    case .object(let members): return PyRepr.dict(members.map { (PyRepr.string($0.key), $0.value.pyRepr) })
    }
  }

  /// Python's `type(value).__name__`: `NoneType`, `bool`, `int`, `float`, `str`, `list`, `dict`.
  public var pyTypeName: String {
    switch self {
    case .null: return "NoneType"
    case .bool: return "bool"
    case .number(let n): return n.isInteger ? "int" : "float"
    case .string: return "str"
    case .array: return "list"
    case .object: return "dict"
    }
  }
}
