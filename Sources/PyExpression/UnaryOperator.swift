/// A prefix operator: `-x`, `+x` or `~x`.
enum UnaryOperator: String, Sendable {
  case negate = "-"
  case plus = "+"
  case invert = "~"
}
