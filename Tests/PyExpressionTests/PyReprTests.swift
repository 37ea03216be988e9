import Testing

import PyExpression

@Suite("Python repr")
struct PyReprTests {
  @Test(
    "floats are written as Python's repr writes them",
    arguments: [
      (0.1, "0.1"), (1e-05, "1e-05"), (1e16, "1e+16"), (9007199254740992.0, "9007199254740992.0"),
      (100.0, "100.0"), (-0.0, "-0.0"), (Double.infinity, "inf"), (-Double.infinity, "-inf"),
      (Double.nan, "nan"), (0.0001, "0.0001"), (1.5e300, "1.5e+300"),
    ])
  func float(value: Double, expected: String) {
    #expect(PyRepr.float(value) == expected)
  }

  @Test(
    "strings are quoted and escaped as Python's repr does",
    arguments: [
      ("cos", "'cos'"), ("it's", "\"it's\""), ("a'b\"c", "'a\\'b\"c'"), ("a\\b", "'a\\\\b'"),
      ("line\nbreak\t", "'line\\nbreak\\t'"), ("\u{7}", "'\\x07'"), ("\u{2028}", "'\\u2028'"),
    ])
  func string(text: String, expected: String) {
    #expect(PyRepr.string(text) == expected)
  }

  @Test("a forced quote is escaped inside the text")
  func forcedQuote() {
    #expect(PyRepr.string("say \"hi\"", quote: "\"") == "\"say \\\"hi\\\"\"")
  }

  @Test("containers join their items' reprs")
  func containers() {
    #expect(PyRepr.list(["1", "'a'"]) == "[1, 'a']")
    #expect(PyRepr.tuple(["1"]) == "(1,)")
    #expect(PyRepr.tuple([]) == "()")
    #expect(PyRepr.dict([(key: "'a'", value: "None")]) == "{'a': None}")
    #expect(PyRepr.value(.bool(true)) == "True")
  }
}
