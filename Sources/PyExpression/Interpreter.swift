/// Evaluates a ``Node`` with Python's semantics, given the variable's value.
///
/// Operands are evaluated left to right; `and`, `or`, conditionals and
/// chained comparisons short-circuit as in Python. Errors from an operator
/// or call are placed at its column. Each kind of node has its own method so
/// that the recursion's stack frames stay small even in debug builds.
struct Interpreter {
  /// The value of the expression's variable.
  let argument: PyValue

  func evaluate(_ node: Node) throws(ExpressionError) -> PyValue {
    switch node {
    case .constant(let value): return value
    case .variable: return argument
    case .unary(let operation, let operand, let column):
      return try unary(operation, operand, column: column)
    case .not(let operand): return .bool(!(try evaluate(operand).isTruthy))
    case .arithmetic(let first, let steps): return try arithmetic(first, steps)
    case .power(let base, let exponent, let column):
      return try power(base, exponent, column: column)
    case .boolean(let operation, let operands): return try boolean(operation, operands)
    case .comparison(let first, let steps): return try comparison(first, steps)
    case .conditional(let body, let test, let otherwise):
      return try evaluate(test).isTruthy ? evaluate(body) : evaluate(otherwise)
    case .call(let builtin, let arguments, let column):
      return try call(builtin, arguments, column: column)
    case .sequence(_, let column):
      throw ExpressionError("a tuple or list is not a number", column: column)
    case .indexed(let elements, let index, let isList, let column):
      return try indexed(elements, index, isList: isList, column: column)
    }
  }

  /// `display[index]`: Python's list or tuple indexing, negative indices counting from the end.
  private func indexed(
    _ elements: [Node], _ index: Node, isList: Bool, column: Int
  ) throws(ExpressionError) -> PyValue {
    var values: [PyValue] = []
    for element in elements { values.append(try evaluate(element)) }
    let position = try evaluate(index)
    let kind = isList ? "list" : "tuple"
    guard let wide = position.bigIntegerValue else {
      throw ExpressionError(
        "TypeError: \(kind) indices must be integers or slices, not \(position.typeName)", column: column)
    }
    guard let offset = wide.intValue else {
      throw ExpressionError("IndexError: cannot fit 'int' into an index-sized integer", column: column)
    }
    let resolved = offset < 0 ? offset + values.count : offset
    guard values.indices.contains(resolved) else {
      throw ExpressionError("IndexError: \(kind) index out of range", column: column)
    }
    return values[resolved]
  }

  private func unary(
    _ operation: UnaryOperator, _ operand: Node, column: Int
  ) throws(ExpressionError) -> PyValue {
    let value = try evaluate(operand)
    do throws(ExpressionError) {
      return try Arithmetic.apply(operation, value)
    } catch {
      throw error.placed(at: column)
    }
  }

  private func arithmetic(
    _ first: Node, _ steps: [(operation: BinaryOperator, column: Int, operand: Node)]
  ) throws(ExpressionError) -> PyValue {
    var result = try evaluate(first)
    for step in steps {
      let operand = try evaluate(step.operand)
      do throws(ExpressionError) {
        result = try Arithmetic.apply(step.operation, result, operand)
      } catch {
        throw error.placed(at: step.column)
      }
    }
    return result
  }

  private func power(_ base: Node, _ exponent: Node, column: Int) throws(ExpressionError) -> PyValue
  {
    let baseValue = try evaluate(base)
    let exponentValue = try evaluate(exponent)
    do throws(ExpressionError) {
      return try Arithmetic.power(baseValue, exponentValue)
    } catch {
      throw error.placed(at: column)
    }
  }

  private func boolean(
    _ operation: BooleanOperator, _ operands: [Node]
  ) throws(ExpressionError) -> PyValue {
    var result = PyValue.bool(operation == .and)
    for operand in operands {
      result = try evaluate(operand)
      if result.isTruthy == (operation == .or) { return result }
    }
    return result
  }

  private func comparison(
    _ first: Node, _ steps: [(operation: ComparisonOperator, column: Int, operand: Node)]
  ) throws(ExpressionError) -> PyValue {
    var leftNode = first
    var left = try evaluate(first)
    for step in steps {
      if case .sequence(let elements, _) = step.operand {
        let found = try contains(elements, left, leftNode)
        return .bool(found == (step.operation == .in))
      }
      let right = try evaluate(step.operand)
      if step.operation == .is || step.operation == .isNot {
        let same = Interpreter.isIdentical(leftNode, step.operand, left, right)
        if same != (step.operation == .is) { return .bool(false) }
      } else if !step.operation.holds(left, right) {
        return .bool(false)
      }
      leftNode = step.operand
      left = right
    }
    return .bool(true)
  }

  private func call(
    _ builtin: Builtin, _ arguments: [Node], column: Int
  ) throws(ExpressionError) -> PyValue {
    if builtin == .sum { return try sum(arguments, column: column) }
    var values: [PyValue] = []
    if builtin.takesIterable, arguments.count == 1, case .sequence(let elements, _) = arguments[0] {
      for element in elements { values.append(try evaluate(element)) }
    } else {
      for argument in arguments { values.append(try evaluate(argument)) }
    }
    do throws(ExpressionError) {
      return try builtin.apply(values)
    } catch {
      throw error.placed(at: column)
    }
  }

  /// Python's `sum(display, start=0)` (CPython 3.11's `builtin_sum_impl`): the display is built,
  /// then `start`, and the elements are added to it left to right with Python's `+` (its int and
  /// float fast paths give the same values), no compensated summation.
  private func sum(_ arguments: [Node], column: Int) throws(ExpressionError) -> PyValue {
    var values: [PyValue] = []
    if case .sequence(let elements, _)? = arguments.first {
      for element in elements { values.append(try evaluate(element)) }
    }
    var result = arguments.count > 1 ? try evaluate(arguments[1]) : PyValue.int(0)
    do throws(ExpressionError) {
      for value in values { result = try Arithmetic.apply(.add, result, value) }
    } catch {
      throw error.placed(at: column)
    }
    return result
  }

  /// Python's `lhs is rhs` on numbers, as CPython 3.11 holds them: `True`/`False` are singletons,
  /// ints from -5 to 256 are cached, the variable is one object, and equal literals of one type
  /// are one constant of the code object (as are a lambda's default values); any other value is
  /// a new object.
  static func isIdentical(_ lhsNode: Node, _ rhsNode: Node, _ lhs: PyValue, _ rhs: PyValue) -> Bool {
    switch (lhs, rhs) {
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)) where a == b && (-5...256).contains(a): return true
    default: break
    }
    switch (lhsNode, rhsNode) {
    case (.variable, .variable): return true
    case (.constant(let a), .constant(let b)):
      switch (a, b) {
      case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
      case (.int(let x), .int(let y)): return x == y
      case (.bigInt(let x), .bigInt(let y)): return x == y
      default: return false
      }
    default: return false
    }
  }

  /// Python's `needle in (elements)`: the tuple is built first, then each
  /// element matches if it is the same object as the needle or equal to it.
  private func contains(
    _ elements: [Node], _ needle: PyValue, _ needleNode: Node
  ) throws(ExpressionError) -> Bool {
    var values: [PyValue] = []
    for element in elements { values.append(try evaluate(element)) }
    for (element, value) in zip(elements, values) {
      if Interpreter.isSameObject(needleNode, element) { return true }
      if ComparisonOperator.order(needle, value) == 0 { return true }
    }
    return false
  }

  /// Whether two nodes denote one Python object, which only matters for a
  /// NaN: the variable, or the `math.nan` constant.
  private static func isSameObject(_ lhs: Node, _ rhs: Node) -> Bool {
    switch (lhs, rhs) {
    case (.variable, .variable): true
    case (.constant(.float(let left)), .constant(.float(let right))): left.isNaN && right.isNaN
    default: false
    }
  }
}
