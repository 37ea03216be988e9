/// A strict RFC 8259 reader with a nesting limit, so no document can exhaust the stack; like
/// Python's `json`, it also reads the literals `NaN`, `Infinity` and `-Infinity` (as floats).
public struct JSONParser {
  /// The deepest nesting of lists and objects accepted.
  public static let maximumDepth = 128

  private let bytes: [UInt8]
  private var index = 0
  private var depth = 0

  private init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// Parses a whole document; anything but white space after the value is an error.
  public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    var parser = JSONParser(text)
    parser.skipSpace()
    let value = try parser.parseValue()
    parser.skipSpace()
    if parser.index < parser.bytes.count {
      throw parser.error("unexpected text after the end of the document")
    }
    return value
  }

  private func error(_ message: String) -> JSONParseError {
    var line = 1
    var column = 1
    for b in bytes[..<min(index, bytes.count)] {
      if b == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return JSONParseError(message: message, line: line, column: column)
  }

  private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipSpace() {
    while let b = current, b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { index += 1 }
  }

  private mutating func expect(_ literal: String, value: JSONValue) throws(JSONParseError) -> JSONValue {
    let utf8 = Array(literal.utf8)
    guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8 else {
      throw error("unexpected character; expected a value")
    }
    index += utf8.count
    return value
  }

  private mutating func parseValue() throws(JSONParseError) -> JSONValue {
    guard let b = current else { throw error("unexpected end of document; expected a value") }
    switch b {
    case UInt8(ascii: "{"): return try nested { (p: inout JSONParser) throws(JSONParseError) in try p.parseObject() }
    case UInt8(ascii: "["): return try nested { (p: inout JSONParser) throws(JSONParseError) in try p.parseArray() }
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try expect("true", value: .bool(true))
    case UInt8(ascii: "f"): return try expect("false", value: .bool(false))
    case UInt8(ascii: "n"): return try expect("null", value: .null)
    case UInt8(ascii: "-") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "I"):
      return try expect("-Infinity", value: .number(JSONNumber(-Double.infinity)))
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    case UInt8(ascii: "N"): return try expect("NaN", value: .number(JSONNumber(Double.nan)))
    case UInt8(ascii: "I"): return try expect("Infinity", value: .number(JSONNumber(Double.infinity)))
    default:
      throw error("unexpected character '\(Character(Unicode.Scalar(b)))'; expected a value")
    }
  }

  private mutating func nested(
    _ body: (inout JSONParser) throws(JSONParseError) -> JSONValue
  ) throws(JSONParseError) -> JSONValue {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("nested more than \(Self.maximumDepth) levels deep")
    }
    let value = try body(&self)
    depth -= 1
    return value
  }

  /// Reads an object; a repeated key drops its earlier member and takes the position of its last,
  /// in time linear in the number of members.
  private mutating func parseObject() throws(JSONParseError) -> JSONValue {
    index += 1
    var slots: [(key: String, value: JSONValue)?] = []
    var slotOfKey: [String: Int] = [:]
    skipSpace()
    if current == UInt8(ascii: "}") {
      index += 1
      return .object([])
    }
    while true {
      skipSpace()
      guard current == UInt8(ascii: "\"") else {
        throw error(!slots.isEmpty && current == UInt8(ascii: "}") ? "trailing comma before '}'" : "expected a string key")
      }
      let key = try parseString()
      skipSpace()
      guard current == UInt8(ascii: ":") else { throw error("expected ':' after the key \"\(key)\"") }
      index += 1
      skipSpace()
      let value = try parseValue()
      if let i = slotOfKey.updateValue(slots.count, forKey: key) {
        slots[i] = nil
      }
      slots.append((key, value))
      skipSpace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        return .object(slots.compactMap { $0 })
      default: throw error("expected ',' or '}' in an object")
      }
    }
  }

  private mutating func parseArray() throws(JSONParseError) -> JSONValue {
    index += 1
    var elements: [JSONValue] = []
    skipSpace()
    if current == UInt8(ascii: "]") {
      index += 1
      return .array(elements)
    }
    while true {
      skipSpace()
      if !elements.isEmpty && current == UInt8(ascii: "]") { throw error("trailing comma before ']'") }
      elements.append(try parseValue())
      skipSpace()
      switch current {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        return .array(elements)
      default: throw error("expected ',' or ']' in a list")
      }
    }
  }

  private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
    let start = index
    if current == UInt8(ascii: "-") { index += 1 }
    func digits(_ p: inout JSONParser) -> Int {
      let s = p.index
      while let b = p.current, b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") { p.index += 1 }
      return p.index - s
    }
    let intStart = index
    let intDigits = digits(&self)
    if intDigits == 0 { throw error("expected digits in a number") }
    if intDigits > 1, bytes[intStart] == UInt8(ascii: "0") { throw error("a number cannot start with 0") }
    if current == UInt8(ascii: ".") {
      index += 1
      if digits(&self) == 0 { throw error("expected digits after the decimal point") }
    }
    if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
      index += 1
      if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
      if digits(&self) == 0 { throw error("expected digits in the exponent") }
    }
    let literal = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let number = JSONNumber(literal: literal) else { throw error("invalid number \(literal)") }
    return .number(number)
  }

  private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw error("incomplete \\u escape") }
    var v: UInt32 = 0
    for _ in 0..<4 {
      guard let b = current else { throw error("incomplete \\u escape") }
      let d: UInt32
      switch b {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(b - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(b - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(b - UInt8(ascii: "A") + 10)
      default: throw error("invalid hex digit in a \\u escape")
      }
      v = v * 16 + d
      index += 1
    }
    return v
  }

  private mutating func parseString() throws(JSONParseError) -> String {
    index += 1
    var out: [UInt8] = []
    while true {
      guard let b = current else { throw error("unterminated string") }
      index += 1
      switch b {
      case UInt8(ascii: "\""):
        return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard let e = current else { throw error("unterminated string") }
        index += 1
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var scalar = try parseHex4()
          if (0xD800..<0xDC00).contains(scalar), current == UInt8(ascii: "\\"),
            index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "u")
          {
            index += 2
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low) else { throw error("invalid surrogate pair") }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          }
          let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
          UTF8.encode(u) { out.append($0) }
        default: throw error("invalid escape in a string")
        }
      case 0..<0x20:
        throw error("control character in a string")
      default:
        out.append(b)
      }
    }
  }
}
