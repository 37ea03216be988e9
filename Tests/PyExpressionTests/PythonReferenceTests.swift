import Testing

@testable import PyExpression

/// One line of ``pythonReference``.
struct ReferenceCase: Sendable, CustomTestStringConvertible {
  let source: String
  let argument: PyValue
  /// CPython's result, or `nil` where it raised (or needed a bigint or a
  /// complex number).
  let expected: PyValue?
  /// CPython's error message, where it raised and the evaluator reproduces
  /// the message.
  let expectedMessage: String?

  var testDescription: String { "\(source) at \(argument)" }

  static let all: [ReferenceCase] = pythonReference.split(separator: "\n").map { line in
    let fields = line.split(separator: "|", maxSplits: 2).map {
      $0.trimmingCharacters(in: " ")
    }
    return ReferenceCase(
      source: fields[2], argument: decode(fields[0]) ?? .int(0), expected: decode(fields[1]),
      expectedMessage: fields[1].hasPrefix("error:") ? String(fields[1].dropFirst(6)) : nil)
  }

  private static func decode(_ text: String) -> PyValue? {
    let payload = text.dropFirst(2)
    switch text.prefix(2) {
    case "i:": return Int(payload).map(PyValue.int) ?? BigInt(String(payload)).map(PyValue.integer)
    case "b:": return .bool(payload == "1")
    case "f:": return UInt64(payload, radix: 16).map { .float(Double(bitPattern: $0)) }
    default: return nil
    }
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in character: Character) -> String {
    String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
  }
}

@Suite("Agreement with CPython")
struct PythonReferenceTests {
  @Test("the reference table was read in full")
  func tableIsComplete() {
    #expect(ReferenceCase.all.count > 2200)
    #expect(ReferenceCase.all.contains { $0.argument.typeName == "int" && $0.argument.integerValue == nil })
    #expect(ReferenceCase.all.allSatisfy { !$0.source.isEmpty })
  }

  @Test(
    "each expression gives CPython's value bit for bit, or fails where it fails",
    arguments: ReferenceCase.all)
  func matchesCPython(reference: ReferenceCase) throws {
    let expression = try LambdaExpression(reference.source, defaultVariable: "x")
    let result: PyValue?
    do {
      result = try expression.evaluate(reference.argument)
    } catch {
      result = nil
      if let message = reference.expectedMessage {
        #expect(error.message == message)
      }
    }
    switch (result, reference.expected) {
    case (let result?, let expected?):
      #expect(identical(result, expected), "got \(result), CPython gives \(expected)")
    case (nil, nil):
      break
    case (let result?, nil):
      Issue.record("got \(result) where CPython raises")
    case (nil, let expected?):
      Issue.record("failed where CPython gives \(expected)")
    }
  }
}
