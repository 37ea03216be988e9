@testable import PyExpression

/// Parses `source` in the variable `x` and evaluates it at `argument`.
func evaluate(_ source: String, at argument: PyValue = .int(0)) throws -> PyValue {
  try LambdaExpression(source, defaultVariable: "x").evaluate(argument)
}

/// The error parsing `source` throws, or `nil` when it parses.
func parseError(_ source: String, variable: String = "x") -> ExpressionError? {
  do {
    _ = try LambdaExpression(source, defaultVariable: variable)
    return nil
  } catch {
    return error
  }
}

/// The error evaluating `source` at `argument` throws, or `nil` when it
/// succeeds; parse errors are not caught.
func evaluationError(_ source: String, at argument: PyValue = .int(0)) throws -> ExpressionError? {
  let expression = try LambdaExpression(source, defaultVariable: "x")
  do {
    _ = try expression.evaluate(argument)
    return nil
  } catch {
    return error
  }
}

/// Whether two values are the same Python value of the same type, floats
/// compared bit for bit (any NaN matches any NaN).
func identical(_ lhs: PyValue, _ rhs: PyValue) -> Bool {
  switch (lhs, rhs) {
  case (.float(let left), .float(let right)):
    left.bitPattern == right.bitPattern || (left.isNaN && right.isNaN)
  default:
    lhs == rhs
  }
}
