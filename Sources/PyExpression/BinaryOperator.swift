/// A left-associative binary operator: `+ - * / // %` and the integer operators `<< >> & | ^`.
enum BinaryOperator: String, Sendable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case trueDivide = "/"
  case floorDivide = "//"
  case remainder = "%"
  case leftShift = "<<"
  case rightShift = ">>"
  case bitAnd = "&"
  case bitOr = "|"
  case bitXor = "^"

  /// Whether the operator is one of Python's integer-only operators.
  var isBitwise: Bool {
    switch self {
    case .leftShift, .rightShift, .bitAnd, .bitOr, .bitXor: true
    default: false
    }
  }
}
