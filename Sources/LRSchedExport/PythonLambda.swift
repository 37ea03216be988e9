import PyExpression

/// `lr_lambda` / `scale_fn` expressions as Python lambdas, and the `math` names they use.
///
/// The expressions were accepted by lrsched's evaluator (a subset of Python), so they are valid
/// Python with the same meaning; a bare expression gets the parameter the spec implies.
public enum PythonLambda {
  /// The `math` names usable without `math.` in lrsched expressions (bare `pow` is the builtin).
  static let mathNames: Set<String> = ["cos", "sin", "tan", "exp", "log", "sqrt", "floor", "ceil", "tanh", "pi", "e", "tau", "inf", "nan"]

  /// `lambda <variable>: <expression>`, or the expression itself when it already is a lambda.
  /// Refuses text with line breaks or control characters, which no expression has.
  static func source(_ expression: String, variable: String) throws -> String {
    guard !expression.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
      throw ExportError("an expression with control characters cannot be exported")
    }
    let text = expression.trimmingCharacters(in: " ")
    if text.hasPrefix("lambda"), let next = text.dropFirst(6).first, next == " " || next == ":" {
      return text
    }
    return "lambda \(variable): \(text)"
  }

  /// The `math` names `source` uses bare (lambda parameters excluded), and whether it uses `math.`
  /// (``LambdaExpression/names(in:module:)``).
  static func names(in source: String) -> (bare: Set<String>, module: Bool) {
    let names = LambdaExpression.names(in: source, module: "math")
    return (names.bare.intersection(mathNames), names.usesModule)
  }
}
