/// One assertion of a spec's `"expect"` list, validated against the run it belongs to.
public struct Expectation: Sendable, Equatable {
  /// The position in the list.
  public let index: Int
  /// The assertion's name: its `"name"`, or a description such as `at_step 30: lr == 0.01`.
  public let name: String
  /// The parameter group whose learning rate is checked (index into the optimizer's groups).
  public let group: Int
  public let kind: ExpectationKind

  public init(index: Int, name: String, group: Int = 0, kind: ExpectationKind) {
    self.index = index
    self.name = name
    self.group = group
    self.kind = kind
  }

  /// The spec path of the assertion, `expect[3]`.
  public var path: String { "expect[\(index)]" }
}
