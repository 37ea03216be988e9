import PyExpression

/// A multiplicative factor as a function of the step: a spec's expression or a library's closure.
public struct LRLambda: Sendable {
  let body: @Sendable (Int) throws(SpecError) -> Double

  /// A factor computed by Swift code (transformers' schedule functions).
  public init(_ body: @escaping @Sendable (Int) throws(SpecError) -> Double) {
    self.body = body
  }

  /// A factor given as a Python expression or lambda, evaluated by the safe evaluator; errors are
  /// reported at `path`.
  public init(expression source: String, path: String) throws(SpecError) {
    let expression: LambdaExpression
    do {
      expression = try LambdaExpression(source, defaultVariable: "epoch")
    } catch {
      throw SpecError(path, "invalid expression: \(error)")
    }
    self.body = { (step: Int) throws(SpecError) -> Double in
      do {
        return try expression.evaluate(step).floatValue()
      } catch {
        throw SpecError(path, "evaluating \(expression.variable)=\(step): \(error)")
      }
    }
  }

  /// A non-callable argument (a number, as JSON gives `0.5`) that PyTorch stores as it is and
  /// raises on when it first calls it: `TypeError: 'float' object is not callable`.
  init(notCallable value: JSONValue, path: String) {
    let message = "TypeError: '\(value.pyTypeName)' object is not callable"
    self.body = { (_: Int) throws(SpecError) -> Double in throw SpecError(path, message) }
  }

  /// The factor at `step`.
  public func callAsFunction(_ step: Int) throws(SpecError) -> Double {
    try body(step)
  }

  /// The `lr_lambda` argument `key`: one expression for every group, or a list with one per group.
  static func list(_ key: String, from args: SchedulerArguments, groups: Int) throws(SpecError) -> [LRLambda] {
    guard let v = args.value(key) else { throw SpecError(args.path(key), "\(args.type) requires '\(key)', which is missing") }
    switch v {
    case .string(let s):
      let l = try LRLambda(expression: s, path: args.path(key))
      return Array(repeating: l, count: groups)
    case .number, .bool:
      return Array(repeating: LRLambda(notCallable: v, path: args.path(key)), count: groups)
    case .array(let items):
      guard items.count == groups else {
        throw SpecError(args.path(key), "Expected \(groups) lr_lambdas, but got \(items.count)")
      }
      var out: [LRLambda] = []
      for (i, item) in items.enumerated() {
        let p = "\(args.path(key))[\(i)]"
        switch item {
        case .string(let s): out.append(try LRLambda(expression: s, path: p))
        case .number, .bool: out.append(LRLambda(notCallable: item, path: p))
        default: throw SpecError(p, "must be an expression string, got \(item.typeName)")
        }
      }
      return out
    default:
      throw SpecError(args.path(key), "must be an expression string or a list of them, got \(v.typeName)")
    }
  }
}
