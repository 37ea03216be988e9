/// Splits an expression into ``Token``s following Python's tokenizer for the
/// supported subset.
///
/// Numbers follow Python's literal grammar (`1_000`, `.5`, `1e-3`, `0x1f`);
/// float literals are converted with correct rounding, integer literals are
/// exact at any size. Whitespace, including newlines, is
/// allowed anywhere between tokens. String literals are read (the parser
/// takes them only as `float`'s argument); comments and operators outside
/// the subset are rejected with the column of their first character.
/// ``LexerMode/call`` also reads string prefixes, braces, `None` and comments.
struct Lexer {
  static let supportedKeywords: Set<String> = [
    "and", "else", "False", "if", "in", "is", "lambda", "not", "or", "True",
  ]
  static let unsupportedKeywords: Set<String> = [
    "None", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "except", "finally", "for", "from", "global", "import", "nonlocal", "pass",
    "raise", "return", "try", "while", "with", "yield",
  ]
  /// Keywords Python lets follow a number directly (`1if x else 2`).
  private static let keywordsAfterNumber: Set<String> = [
    "and", "else", "for", "if", "in", "is", "not", "or",
  ]
  private static let twoCharacterSymbols: Set<String> = ["**", "//", "<=", ">=", "==", "!=", "<<", ">>"]
  private static let oneCharacterSymbols: Set<Character> = [
    "+", "-", "*", "/", "%", "<", ">", "(", ")", "[", "]", ",", ".", ":", "=", "&", "|", "^", "~",
  ]
  private static let callSymbols: Set<Character> = ["{", "}"]
  /// String prefixes read in ``LexerMode/call``; `r` makes a raw string.
  private static let stringPrefixes: Set<String> = ["r", "R", "u", "U"]
  private static let newlines: Set<Character> = ["\n", "\r", "\r\n"]
  private static let unsupportedOperators: Set<String> = [
    "@", ":=", "->", "<>", "&=", "|=", "^=",
  ]

  private static let whitespace: Set<Character> = [" ", "\t", "\n", "\r", "\r\n", "\u{0C}"]

  private let characters: [Character]
  private let mode: LexerMode
  private var position = 0

  private init(_ characters: [Character], mode: LexerMode) {
    self.characters = characters
    self.mode = mode
  }

  /// The tokens of `characters` read in `mode`, ending with an `.end` token or, at the
  /// first unreadable input, an `.invalid` one.
  static func tokenize(_ characters: [Character], mode: LexerMode = .expression) -> [Token] {
    var lexer = Lexer(characters, mode: mode)
    var tokens: [Token] = []
    while true {
      do throws(ExpressionError) {
        let token = try lexer.next()
        tokens.append(token)
        if token.kind == .end { return tokens }
      } catch {
        tokens.append(Token(kind: .invalid(error), text: "", column: error.column ?? 1))
        return tokens
      }
    }
  }

  static func isIdentifierStart(_ character: Character) -> Bool {
    character == "_" || (character.isASCII && character.isLetter)
  }

  static func isIdentifierContinuation(_ character: Character) -> Bool {
    isIdentifierStart(character) || isDigit(character)
  }

  static func isDigit(_ character: Character) -> Bool {
    character.isASCII && character.isWholeNumber
  }

  private func peek(_ offset: Int = 0) -> Character? {
    let index = position + offset
    return index < characters.count ? characters[index] : nil
  }

  private func error(_ message: String, at index: Int) -> ExpressionError {
    ExpressionError(message, column: index + 1)
  }

  private mutating func next() throws(ExpressionError) -> Token {
    skipSpace()
    let start = position
    guard let character = peek() else {
      return Token(kind: .end, text: "", column: start + 1)
    }
    if Lexer.isDigit(character) || (character == "." && peek(1).map(Lexer.isDigit) == true) {
      return try number()
    }
    if Lexer.isIdentifierStart(character) {
      return try word()
    }
    if character == "'" || character == "\"" {
      return try string(from: start, raw: false)
    }
    if mode == .call, Lexer.callSymbols.contains(character) {
      position += 1
      return Token(kind: .symbol(String(character)), text: String(character), column: start + 1)
    }
    if character == "#" {
      throw error("comments are not supported", at: start)
    }
    if let second = peek(1) {
      let pair = String([character, second])
      if Lexer.unsupportedOperators.contains(pair) {
        throw error("operator '\(pair)' is not supported", at: start)
      }
      if Lexer.twoCharacterSymbols.contains(pair) {
        position += 2
        return Token(kind: .symbol(pair), text: pair, column: start + 1)
      }
    }
    if Lexer.unsupportedOperators.contains(String(character)) {
      throw error("operator '\(character)' is not supported", at: start)
    }
    if Lexer.oneCharacterSymbols.contains(character) {
      position += 1
      return Token(kind: .symbol(String(character)), text: String(character), column: start + 1)
    }
    throw error("unexpected character '\(character)'", at: start)
  }

  /// Skips whitespace and, in ``LexerMode/call``, comments.
  private mutating func skipSpace() {
    while let character = peek() {
      if Lexer.whitespace.contains(character) {
        position += 1
      } else if mode == .call && character == "#" {
        while let next = peek(), !Lexer.newlines.contains(next) { position += 1 }
      } else {
        return
      }
    }
  }

  private mutating func word() throws(ExpressionError) -> Token {
    let start = position
    while let character = peek(), Lexer.isIdentifierContinuation(character) { position += 1 }
    let text = String(characters[start..<position])
    if Lexer.supportedKeywords.contains(text) || (mode == .call && text == "None") {
      return Token(kind: .keyword(text), text: text, column: start + 1)
    }
    if mode == .call, let quote = peek(), quote == "'" || quote == "\"" {
      guard Lexer.stringPrefixes.contains(text) else {
        throw error("string prefix '\(text)' is not supported", at: start)
      }
      return try string(from: start, raw: text == "r" || text == "R")
    }
    if Lexer.unsupportedKeywords.contains(text) {
      throw error("'\(text)' is not supported", at: start)
    }
    if let character = peek(), character == "'" || character == "\"" {
      throw error("strings are not supported", at: position)
    }
    return Token(kind: .name(text), text: text, column: start + 1)
  }

  /// Reads a string literal whose prefix starts at `start` and whose quote is next, resolving
  /// Python's escapes unless `raw`.
  private mutating func string(from start: Int, raw: Bool) throws(ExpressionError) -> Token {
    guard let quote = peek() else { throw error("unterminated string literal", at: start) }
    if peek(1) == quote && peek(2) == quote {
      throw error("triple-quoted strings are not supported", at: start)
    }
    position += 1
    var value = ""
    while true {
      guard let character = peek(), !Lexer.newlines.contains(character) else {
        throw error("unterminated string literal", at: start)
      }
      if character == quote {
        position += 1
        break
      }
      guard character == "\\" else {
        value.append(character)
        position += 1
        continue
      }
      guard let escaped = peek(1) else { throw error("unterminated string literal", at: start) }
      if raw {
        value.append(character)
        value.append(escaped)
        position += 2
      } else {
        try escape(into: &value)
      }
    }
    let text = String(characters[start..<position])
    return Token(kind: .string(value), text: text, column: start + 1)
  }

  /// Reads the escape sequence at the current backslash, appending what it stands for;
  /// an unknown escape stays as written, as in Python.
  private mutating func escape(into value: inout String) throws(ExpressionError) {
    let start = position
    guard let escaped = peek(1) else { throw error("unterminated string literal", at: start) }
    position += 2
    switch escaped {
    case "\\", "'", "\"": value.append(escaped)
    case "a": value.append("\u{07}")
    case "b": value.append("\u{08}")
    case "f": value.append("\u{0C}")
    case "n": value.append("\n")
    case "r": value.append("\r")
    case "t": value.append("\t")
    case "v": value.append("\u{0B}")
    case "x": try appendScalar(hexDigits: 2, escape: "\\xXX", start: start, into: &value)
    case "u": try appendScalar(hexDigits: 4, escape: "\\uXXXX", start: start, into: &value)
    case "U": try appendScalar(hexDigits: 8, escape: "\\UXXXXXXXX", start: start, into: &value)
    case "N": throw error("\\N{...} escapes are not supported", at: start)
    case _ where Lexer.newlines.contains(escaped): break
    case _ where escaped.isASCII && ("0"..."7").contains(escaped):
      var code = escaped.hexDigitValue ?? 0
      var count = 1
      while count < 3, let digit = peek(), digit.isASCII, ("0"..."7").contains(digit) {
        code = code * 8 + (digit.hexDigitValue ?? 0)
        count += 1
        position += 1
      }
      try append(code, start: start, into: &value)
    default:
      value.append("\\")
      value.append(escaped)
    }
  }

  /// Reads exactly `hexDigits` hexadecimal digits and appends the scalar they name.
  private mutating func appendScalar(
    hexDigits: Int, escape: String, start: Int, into value: inout String
  ) throws(ExpressionError) {
    var code = 0
    for _ in 0..<hexDigits {
      guard let digit = peek(), digit.isASCII, let digitValue = digit.hexDigitValue else {
        throw error("truncated \(escape) escape", at: start)
      }
      code = code * 16 + digitValue
      position += 1
    }
    try append(code, start: start, into: &value)
  }

  private func append(_ code: Int, start: Int, into value: inout String) throws(ExpressionError) {
    guard let scalar = Unicode.Scalar(UInt32(code)) else {
      throw error(
        code > 0x10FFFF ? "illegal Unicode character" : "surrogate code points are not supported",
        at: start)
    }
    value.unicodeScalars.append(scalar)
  }

  /// Reads `digit (_? digit)*` in the given radix, appending the digits
  /// without underscores to `digits`; returns whether any digit was read.
  private mutating func digitPart(
    radix: Int, into digits: inout String, start: Int
  ) throws(ExpressionError) -> Bool {
    var readAny = false
    while let character = peek() {
      if character.hexDigitValue.map({ $0 < radix }) == true && character.isASCII {
        digits.append(character)
        readAny = true
        position += 1
      } else if character == "_" && readAny {
        guard let following = peek(1), following.isASCII,
          following.hexDigitValue.map({ $0 < radix }) == true
        else { throw error("invalid \(Lexer.literalKind(radix)) literal", at: start) }
        position += 1
      } else {
        break
      }
    }
    return readAny
  }

  private static func literalKind(_ radix: Int) -> String {
    switch radix {
    case 16: "hexadecimal"
    case 8: "octal"
    case 2: "binary"
    default: "decimal"
    }
  }

  private mutating func number() throws(ExpressionError) -> Token {
    let start = position
    if peek() == "0", let prefix = peek(1), let radix = Lexer.radix(prefix) {
      position += 2
      if peek() == "_" { position += 1 }
      var digits = ""
      guard try digitPart(radix: radix, into: &digits, start: start) else {
        throw error("invalid \(Lexer.literalKind(radix)) literal", at: start)
      }
      try checkEnd(of: Lexer.literalKind(radix), start: start)
      let text = String(characters[start..<position])
      return Lexer.integer(digits, radix: radix, text: text, column: start + 1)
    }
    var digits = ""
    var isFloat = false
    _ = try digitPart(radix: 10, into: &digits, start: start)
    if peek() == "." {
      isFloat = true
      digits.append(".")
      position += 1
      if peek() == "_" { throw error("invalid decimal literal", at: start) }
      _ = try digitPart(radix: 10, into: &digits, start: start)
    }
    if let marker = peek(), marker == "e" || marker == "E" {
      let signed = peek(1) == "+" || peek(1) == "-"
      if let digit = peek(signed ? 2 : 1), Lexer.isDigit(digit) {
        isFloat = true
        digits.append("e")
        if signed, let sign = peek(1) { digits.append(sign) }
        position += signed ? 2 : 1
        _ = try digitPart(radix: 10, into: &digits, start: start)
      }
    }
    if let suffix = peek(), suffix == "j" || suffix == "J" {
      throw error("complex numbers are not supported", at: start)
    }
    try checkEnd(of: "decimal", start: start)
    let text = String(characters[start..<position])
    if isFloat {
      guard let value = Double(digits) else { throw error("invalid decimal literal", at: start) }
      return Token(kind: .float(value), text: text, column: start + 1)
    }
    if digits.first == "0" && digits.contains(where: { $0 != "0" }) {
      throw error("leading zeros in decimal integer literals are not permitted", at: start)
    }
    return Lexer.integer(digits, radix: 10, text: text, column: start + 1)
  }

  /// The token of an integer literal's digits: `.integer` when the value
  /// fits in an `Int`, else `.bigInteger`, exact either way.
  private static func integer(_ digits: String, radix: Int, text: String, column: Int) -> Token {
    if let value = Int(digits, radix: radix) {
      return Token(kind: .integer(value), text: text, column: column)
    }
    let value = BigInt(digits: digits, radix: radix) ?? BigInt(0)
    return Token(kind: .bigInteger(value), text: text, column: column)
  }

  private static func radix(_ prefix: Character) -> Int? {
    switch prefix {
    case "x", "X": 16
    case "o", "O": 8
    case "b", "B": 2
    default: nil
    }
  }

  /// Rejects a number followed directly by a letter, digit or underscore,
  /// except a keyword Python allows there.
  private func checkEnd(of kind: String, start: Int) throws(ExpressionError) {
    guard let character = peek(), Lexer.isIdentifierContinuation(character) else { return }
    var end = position
    while end < characters.count, Lexer.isIdentifierContinuation(characters[end]) { end += 1 }
    let following = String(characters[position..<end])
    if !Lexer.keywordsAfterNumber.contains(following) {
      throw error("invalid \(kind) literal", at: start)
    }
  }
}
