/// A left-associative arithmetic operator: `+ - * / // %`.
enum BinaryOperator: String, Sendable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case trueDivide = "/"
  case floorDivide = "//"
  case remainder = "%"
}
