/// A value written in a pasted Python call, as ``PyCallParser`` reads it: a literal, a call,
/// a variable left unevaluated, or a lambda kept as source text.
///
/// Constant arithmetic (`1/3`, `math.pi / 2`) arrives evaluated as `int`, `float` or `bool`.
public indirect enum PyLiteral: Sendable, Equatable {
  case int(Int)
  case float(Double)
  case bool(Bool)
  case none
  case string(String)
  case list([PyLiteral])
  case tuple([PyLiteral])
  /// Members in source order, repeated keys included.
  case dict([(key: PyLiteral, value: PyLiteral)])
  case call(PyCall)
  /// A (dotted) variable name, such as `optimizer`, which nothing here can evaluate.
  case name(String)
  /// A lambda, as its exact source text.
  case source(String)

  public static func == (lhs: PyLiteral, rhs: PyLiteral) -> Bool {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): a == b
    case (.float(let a), .float(let b)): a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
    case (.bool(let a), .bool(let b)): a == b
    case (.none, .none): true
    case (.string(let a), .string(let b)): a == b
    case (.list(let a), .list(let b)): a == b
    case (.tuple(let a), .tuple(let b)): a == b
    case (.dict(let a), .dict(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    case (.call(let a), .call(let b)): a == b
    case (.name(let a), .name(let b)): a == b
    case (.source(let a), .source(let b)): a == b
    default: false
    }
  }
}
