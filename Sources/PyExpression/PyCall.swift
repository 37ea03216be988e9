/// A call read from Python source: the callee's dotted name as written and its arguments.
public struct PyCall: Sendable, Equatable {
  /// The callee, such as `torch.optim.lr_scheduler.StepLR`.
  public let name: String
  /// Positional arguments in order.
  public let positional: [PyLiteral]
  /// Keyword arguments in order; names are distinct.
  public let keywords: [(name: String, value: PyLiteral)]

  public init(name: String, positional: [PyLiteral] = [], keywords: [(name: String, value: PyLiteral)] = []) {
    self.name = name
    self.positional = positional
    self.keywords = keywords
  }

  /// The keyword argument `name`, if given.
  public subscript(keyword: String) -> PyLiteral? {
    keywords.first { $0.name == keyword }?.value
  }

  public static func == (lhs: PyCall, rhs: PyCall) -> Bool {
    lhs.name == rhs.name && lhs.positional == rhs.positional && lhs.keywords.count == rhs.keywords.count
      && zip(lhs.keywords, rhs.keywords).allSatisfy { $0.name == $1.name && $0.value == $1.value }
  }
}
