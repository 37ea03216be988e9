/// A node of the syntax tree of a parsed expression.
///
/// Left-associative chains (`a + b - c`, `a and b and c`, `a < b < c`) are
/// flat lists, so the tree is no taller than the parser's bounded nesting.
/// Columns are the 1-based places reported by evaluation errors.
indirect enum Node: Sendable {
  case constant(PyValue)
  /// The expression's single variable.
  case variable
  case unary(UnaryOperator, Node, column: Int)
  case not(Node)
  /// `first op1 x1 op2 x2 ...`, evaluated left to right.
  case arithmetic(Node, [(operation: BinaryOperator, column: Int, operand: Node)])
  /// `base ** exponent` (right-associative).
  case power(Node, Node, column: Int)
  /// `x1 and x2 and ...` or `x1 or x2 or ...`: yields the deciding operand.
  case boolean(BooleanOperator, [Node])
  /// `first op1 x1 op2 x2 ...`: Python's chained comparison.
  case comparison(Node, [(operation: ComparisonOperator, column: Int, operand: Node)])
  /// `body if test else otherwise`.
  case conditional(Node, test: Node, otherwise: Node)
  case call(Builtin, [Node], column: Int)
  /// A tuple or list display; only valid after `in`/`not in`, as the
  /// single argument of `min`/`max` and as the first argument of `sum`.
  case sequence([Node], column: Int)
  /// `display[index]`: a subscript of a list (`isList`) or tuple display: the elements are
  /// evaluated, then the index.
  case indexed([Node], index: Node, isList: Bool, column: Int)
}
