/// A prefix arithmetic operator: `-x` or `+x`.
enum UnaryOperator: String, Sendable {
  case negate = "-"
  case plus = "+"
}
