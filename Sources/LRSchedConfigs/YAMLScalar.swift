import LRSchedCore

/// What a plain (unquoted, untagged) YAML scalar means, resolved the way people who write
/// training configs expect: YAML 1.2's core schema for numbers, so `1e-3` is a float as in JSON
/// (not the string PyYAML's YAML 1.1 makes of it), plus PyYAML's `yes`/`no`/`on`/`off` booleans.
///
/// Numbers keep the int/float distinction of the equivalent JSON: `10` and `0x1F` are integers,
/// `10.0`, `1e-3` and `.5` are floats. Their literals are rewritten as valid JSON (`1.` → `1.0`,
/// `.5` → `0.5`, `1_000` → `1000`) so a resolved spec prints back as JSON.
enum YAMLScalar: Equatable {
  case null
  case bool(Bool)
  case number(JSONNumber)
  /// `.inf`, `-.inf` or `.nan`, which have no JSON equivalent.
  case nonFinite(String)
  case string(String)

  /// Resolves a plain scalar.
  static func resolve(plain s: String) -> YAMLScalar {
    switch s {
    case "", "~", "null", "Null", "NULL": return .null
    case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return .bool(true)
    case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return .bool(false)
    case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN":
      return .nonFinite(s)
    default: break
    }
    if let n = integer(s) ?? float(s) { return .number(n) }
    return .string(s)
  }

  /// `s` as an integer: decimal digits (underscores allowed), `0x`, `0o` or `0b`, with a sign.
  static func integer(_ s: String) -> JSONNumber? {
    var body = Substring(s)
    var negative = false
    if let c = body.first, c == "+" || c == "-" {
      negative = c == "-"
      body = body.dropFirst()
    }
    guard let first = body.first else { return nil }
    let radix: Int
    if body.count > 2, first == "0", let p = body.dropFirst().first, "xXoObB".contains(p) {
      radix = p == "x" || p == "X" ? 16 : p == "o" || p == "O" ? 8 : 2
      body = body.dropFirst(2)
    } else {
      radix = 10
    }
    let digits = body.filter { $0 != "_" }
    guard !digits.isEmpty, body.first != "_", digits.allSatisfy({ $0.isHexDigit && Int(String($0), radix: radix) != nil }) else {
      return nil
    }
    if radix == 10 {
      let trimmed = digits.drop(while: { $0 == "0" })
      let literal = (negative ? "-" : "") + (trimmed.isEmpty ? "0" : String(trimmed))
      return JSONNumber(literal: literal)
    }
    guard let magnitude = Int(digits, radix: radix) else { return nil }
    return JSONNumber(negative ? -magnitude : magnitude)
  }

  /// `s` as a float: digits with a fraction and/or an exponent (`1.5`, `1.`, `.5`, `1e-3`, `2E+4`).
  static func float(_ s: String) -> JSONNumber? {
    var chars = Array(s.filter { $0 != "_" })
    guard s.first != "_" else { return nil }
    var sign = ""
    if let c = chars.first, c == "+" || c == "-" {
      if c == "-" { sign = "-" }
      chars.removeFirst()
    }
    var i = 0
    var intPart = ""
    while i < chars.count, chars[i].isASCII, chars[i].isNumber { intPart.append(chars[i]); i += 1 }
    var fraction: String?
    if i < chars.count, chars[i] == "." {
      i += 1
      var f = ""
      while i < chars.count, chars[i].isASCII, chars[i].isNumber { f.append(chars[i]); i += 1 }
      fraction = f
    }
    var exponent: String?
    if i < chars.count, chars[i] == "e" || chars[i] == "E" {
      i += 1
      var e = ""
      if i < chars.count, chars[i] == "+" || chars[i] == "-" { e.append(chars[i]); i += 1 }
      var digits = 0
      while i < chars.count, chars[i].isASCII, chars[i].isNumber { e.append(chars[i]); i += 1; digits += 1 }
      guard digits > 0 else { return nil }
      exponent = e
    }
    guard i == chars.count, fraction != nil || exponent != nil else { return nil }
    guard !intPart.isEmpty || !(fraction ?? "").isEmpty else { return nil }
    let whole = intPart.drop(while: { $0 == "0" })
    var literal = sign + (whole.isEmpty ? "0" : String(whole))
    if let fraction { literal += "." + (fraction.isEmpty ? "0" : fraction) }
    if let exponent { literal += "e" + exponent }
    return JSONNumber(literal: literal)
  }
}
