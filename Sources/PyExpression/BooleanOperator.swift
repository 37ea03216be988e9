/// A short-circuiting boolean operator, which yields one of its operands.
enum BooleanOperator: String, Sendable {
  case and
  case or
}
