/// `lr_lambda` / `scale_fn` expressions as Python lambdas, and the `math` names they use.
///
/// The expressions were accepted by lrsched's evaluator (a subset of Python), so they are valid
/// Python with the same meaning; a bare expression gets the parameter the spec implies.
enum PythonLambda {
  /// The `math` names usable without `math.` in lrsched expressions (bare `pow` is the builtin).
  static let mathNames: Set<String> = ["cos", "sin", "tan", "exp", "log", "sqrt", "floor", "ceil", "tanh", "pi", "e", "tau", "inf", "nan"]

  /// `lambda <variable>: <expression>`, or the expression itself when it already is a lambda.
  /// Refuses text with line breaks or control characters, which no expression has.
  static func source(_ expression: String, variable: String) throws -> String {
    guard !expression.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
      throw Failure(.invalidInput, "an expression with control characters cannot be exported")
    }
    let text = expression.trimmingCharacters(in: " ")
    if text.hasPrefix("lambda"), let next = text.dropFirst(6).first, next == " " || next == ":" {
      return text
    }
    return "lambda \(variable): \(text)"
  }

  /// The `math` names `source` uses bare (lambda parameters excluded), and whether it uses `math.`.
  static func names(in source: String) -> (bare: Set<String>, module: Bool) {
    var bare: Set<String> = []
    var module = false
    var parameters: Set<String> = []
    var inParameters = false
    let chars = Array(source.unicodeScalars)
    var i = 0
    func isStart(_ c: Unicode.Scalar) -> Bool { c == "_" || (c.isASCII && c.properties.isAlphabetic) }
    func isPart(_ c: Unicode.Scalar) -> Bool { isStart(c) || ("0"..."9").contains(c) }
    while i < chars.count {
      let c = chars[i]
      if c == "\"" || c == "'" {
        i += 1
        while i < chars.count && chars[i] != c { i += chars[i] == "\\" ? 2 : 1 }
        i += 1
      } else if ("0"..."9").contains(c) || (c == "." && i + 1 < chars.count && ("0"..."9").contains(chars[i + 1])) {
        i += 1
        while i < chars.count && (isPart(chars[i]) || chars[i] == "." || ((chars[i] == "+" || chars[i] == "-") && (chars[i - 1] == "e" || chars[i - 1] == "E"))) {
          i += 1
        }
      } else if isStart(c) {
        let start = i
        while i < chars.count && isPart(chars[i]) { i += 1 }
        let word = String(String.UnicodeScalarView(chars[start..<i]))
        let attribute = start > 0 && chars[start - 1] == "."
        if word == "lambda" {
          inParameters = true
        } else if inParameters {
          parameters.insert(word)
        } else if word == "math" && i < chars.count && chars[i] == "." {
          module = true
        } else if !attribute && mathNames.contains(word) && !parameters.contains(word) {
          bare.insert(word)
        }
      } else {
        if c == ":" { inParameters = false }
        i += 1
      }
    }
    return (bare, module)
  }
}
