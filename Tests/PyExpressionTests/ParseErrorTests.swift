import Testing

@testable import PyExpression

@Suite("Rejected sources")
struct ParseErrorTests {
  @Test(
    "errors name what was found and where",
    arguments: [
      ("min(1.0, x", 11, "expected ',' or ')' but found end of expression"),
      ("(1 + 2", 7, "expected ')' but found end of expression"),
      ("1 +", 4, "expected an expression but found end of expression"),
      ("", 1, "expected an expression but found end of expression"),
      ("1 2", 3, "expected end of expression but found number '2'"),
      ("x * * 2", 5, "expected an expression but found '*'"),
      ("1 if x", 7, "expected 'else' but found end of expression"),
      ("x )", 3, "expected end of expression but found ')'"),
      ("[1, 2", 6, "expected ',' or ']' but found end of expression"),
    ])
  func syntaxErrors(source: String, column: Int, message: String) {
    let error = parseError(source)
    #expect(error?.column == column)
    #expect(error?.message == message)
  }

  @Test("unknown names are rejected with the allowed names")
  func unknownName() {
    let error = parseError("foo + 1", variable: "epoch")
    #expect(error?.column == 1)
    #expect(error?.message.hasPrefix("unknown name 'foo' (allowed: epoch, min, max, abs,") == true)
    #expect(error?.description.hasPrefix("column 1: unknown name 'foo'") == true)
    #expect(parseError("x + y")?.column == 5)
    #expect(parseError("epoch * 2")?.message.hasPrefix("unknown name 'epoch'") == true)
    #expect(parseError("math.foo(1)")?.message.hasPrefix("unknown name 'math.foo'") == true)
    #expect(parseError("math.foo(1)")?.column == 6)
    #expect(parseError("None")?.message == "'None' is not supported")
  }

  @Test(
    "code execution is impossible",
    arguments: [
      ("__import__('os').system('ls')", 1, "unknown name '__import__'"),
      ("__import__", 1, "unknown name '__import__'"),
      ("'a' * 3", 1, "a string is only supported as the argument of float()"),
      ("x.__class__", 2, "attribute access is not supported (only math.<name>)"),
      ("math.__dict__", 6, "unknown name 'math.__dict__'"),
      ("(1).real", 4, "attribute access is not supported (only math.<name>)"),
      ("[1][0:1]", 6, "slices are not supported"),
      ("x[0]", 2, "only a list or tuple display can be subscripted"),
      ("min(1, 2)(3)", 10, "only the built-in functions can be called"),
      ("x(1)", 2, "only the built-in functions can be called"),
      ("round(x, ndigits=2)", 10, "keyword arguments are not supported"),
      ("max(*[1, 2])", 5, "argument unpacking is not supported"),
      ("import os", 1, "'import' is not supported"),
      ("lambda: 1", 7, "lambda must take exactly one parameter but takes none"),
      ("lambda x, y: x", 11, "lambda must take exactly one parameter but takes more"),
      ("lambda x=1, y: x", 13, "non-default argument follows default argument"),
      ("lambda x, y=1, x=2: x", 16, "duplicate argument 'x' in function definition"),
      ("lambda *a: 1", 8, "variadic lambda parameters are not supported"),
      ("1 + lambda y: y", 5, "'lambda' is only supported at the start of the expression"),
      ("x |= 1", 3, "operator '|=' is not supported"),
      ("x # comment", 3, "comments are not supported"),
      ("f'{x}'", 2, "strings are not supported"),
      ("[x for x in (1,)]", 4, "'for' is not supported"),
      ("1j", 1, "complex numbers are not supported"),
      ("x := 1", 3, "operator ':=' is not supported"),
      ("x @ x", 3, "operator '@' is not supported"),
      ("x; 1", 2, "unexpected character ';'"),
      ("{1: 2}", 1, "unexpected character '{'"),
      ("x ≤ 1", 3, "unexpected character '≤'"),
    ])
  func unsafeOrUnsupported(source: String, column: Int, message: String) {
    let error = parseError(source)
    #expect(error?.message.hasPrefix(message) == true)
    #expect(error?.column == column)
  }

  @Test(
    "functions must be called with the right arguments",
    arguments: [
      ("min", 1, "'min' is a function and must be called"),
      ("math.cos + 1", 1, "'cos' is a function and must be called"),
      ("math", 1, "'math' must be followed by '.name', e.g. math.cos(x)"),
      ("abs(1, 2)", 1, "abs() takes exactly 1 argument (2 given)"),
      ("abs()", 1, "abs() takes exactly 1 argument (0 given)"),
      ("round()", 1, "round() takes 1 to 2 arguments (0 given)"),
      ("int(1, 2)", 1, "int() takes 0 to 1 arguments (2 given)"),
      ("x + min()", 5, "min() takes at least 1 argument (0 given)"),
      ("min(x)", 1, "min() of a single argument needs a tuple or list, e.g. min((a, b))"),
      ("max(())", 1, "max() arg is an empty sequence"),
      ("pow(2, 3, 5, 7)", 1, "pow() takes 2 to 3 arguments (4 given)"),
      ("math.pow(2)", 1, "math.pow() takes exactly 2 arguments (1 given)"),
    ])
  func callErrors(source: String, column: Int, message: String) {
    let error = parseError(source)
    #expect(error?.message == message)
    #expect(error?.column == column)
  }

  @Test(
    "tuples and lists only where Python would iterate them",
    arguments: [
      ("(1, 2) + 1", 1),
      ("x in 5", 3),
      ("x in (5)", 3),
      ("x not in x", 3),
      ("x in (1, 2) < 3", 6),
      ("min((1, 2), 3)", 5),
      ("x in ((1, 2), 3)", 7),
      ("(1, 2)", 1),
      ("()", 1),
    ])
  func misplacedSequences(source: String, column: Int) {
    #expect(parseError(source)?.column == column)
  }

  @Test(
    "number literals follow Python's grammar",
    arguments: [
      ("1__0", "invalid decimal literal"),
      ("1_", "invalid decimal literal"),
      ("1e", "invalid decimal literal"),
      ("12abc", "invalid decimal literal"),
      ("1._5", "invalid decimal literal"),
      ("012", "leading zeros in decimal integer literals are not permitted"),
      ("0x", "invalid hexadecimal literal"),
      ("0b102", "invalid binary literal"),
    ])
  func badNumbers(source: String, message: String) {
    let error = parseError(source)
    #expect(error?.message == message)
    #expect(error?.column == 1)
  }

  @Test("deep nesting is rejected cleanly")
  func deepNesting() throws {
    for source in [
      String(repeating: "(", count: 4_000),
      String(repeating: "(", count: 2_000) + "x" + String(repeating: ")", count: 2_000),
      String(repeating: "-", count: 4_000) + "x",
      String(repeating: "not ", count: 1_000) + "x",
      Array(repeating: "2", count: 1_000).joined(separator: "**"),
      String(repeating: "1 if x else ", count: 300) + "0",
      String(repeating: "abs(", count: 500) + "x" + String(repeating: ")", count: 500),
      String(repeating: "[", count: 4_000),
      String(repeating: "x in (", count: 500),
    ] {
      let error = parseError(source)
      #expect(error?.message == "expression nested too deeply (more than 64 levels)")
      #expect(error?.column != nil)
    }
  }

  @Test("10,000 open parentheses are rejected without recursion")
  func tenThousandParentheses() {
    #expect(parseError(String(repeating: "(", count: 10_000)) != nil)
  }

  @Test("nesting up to the limit is accepted and evaluates")
  func nestingAtTheLimit() throws {
    let parentheses = String(repeating: "(", count: 63) + "x" + String(repeating: ")", count: 63)
    #expect(try evaluate(parentheses, at: .int(4)) == .int(4))
    let tooDeep = String(repeating: "(", count: 64) + "x" + String(repeating: ")", count: 64)
    #expect(parseError(tooDeep)?.message == "expression nested too deeply (more than 64 levels)")
    let mixed =
      String(repeating: "-(1 if not x < 0 and x or x else 1) * min(2, abs(", count: 20)
      + "x" + String(repeating: "))", count: 20)
    #expect(try evaluate(mixed, at: .int(1)) == .int(-1))
  }

  @Test("long flat chains are fine")
  func longChains() throws {
    let sum = Array(repeating: "1", count: 2_000).joined(separator: "+")
    #expect(try evaluate(sum) == .int(2_000))
    let conjunction = Array(repeating: "x", count: 600).joined(separator: " and ")
    #expect(try evaluate(conjunction, at: .int(2)) == .int(2))
  }

  @Test("sources longer than 4096 bytes are rejected")
  func tooLong() throws {
    let long = "x" + String(repeating: " ", count: 4_096)
    #expect(parseError(long)?.message == "expression is too long (more than 4096 bytes)")
    let fits = "x" + String(repeating: " ", count: 4_095)
    #expect(parseError(fits) == nil)
  }

  @Test("the length limit counts bytes, so one huge grapheme cluster is rejected at once")
  func oneHugeGraphemeCluster() throws {
    let cluster = "1" + String(repeating: "\u{0301}", count: 1_000_000)
    #expect(cluster.count == 1)
    #expect(parseError(cluster)?.message == "expression is too long (more than 4096 bytes)")
    #expect(LambdaExpression.names(in: "x + " + cluster, module: "math").bare.isEmpty)
    let accents = "x" + String(repeating: " ", count: 4_093) + "\u{00E9}"
    #expect(accents.utf8.count == 4_096)
    #expect(parseError(accents)?.message != "expression is too long (more than 4096 bytes)")
    #expect(parseError(accents + " ")?.message == "expression is too long (more than 4096 bytes)")
  }

  @Test("an invalid default variable is rejected")
  func invalidVariable() {
    #expect(
      parseError("1", variable: "not a name")?.message == "invalid variable name 'not a name'")
    #expect(parseError("1", variable: "lambda")?.message == "invalid variable name 'lambda'")
    #expect(parseError("1", variable: "")?.message == "invalid variable name ''")
  }
}
