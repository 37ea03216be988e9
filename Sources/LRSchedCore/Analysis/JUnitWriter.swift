/// Writes spec-check results as JUnit XML, the format GitHub (through report actions),
/// GitLab and Jenkins display: one `<testsuite>` per spec, one `<testcase>` per check, with
/// `<failure>` for a schedule that is not as expected and `<error>` for invalid input.
public enum JUnitWriter {
  /// The XML document.
  public static func document(_ results: [SpecCheckResult]) -> String {
    let tests = results.reduce(0) { $0 + $1.cases.count }
    let failures = results.reduce(0) { $0 + $1.count(.failed) }
    let errors = results.reduce(0) { $0 + $1.count(.error) }
    let time = results.reduce(0.0) { $0 + $1.seconds }
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<testsuites name=\"lrsched check\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(seconds(time))\">\n"
    for r in results {
      out += "  <testsuite name=\"\(attribute(r.name))\" tests=\"\(r.cases.count)\" failures=\"\(r.count(.failed))\" errors=\"\(r.count(.error))\" skipped=\"0\" time=\"\(seconds(r.seconds))\">\n"
      let className = attribute(Self.className(r.name))
      for c in r.cases {
        let open = "    <testcase name=\"\(attribute(c.name))\" classname=\"\(className)\" file=\"\(attribute(r.name))\" time=\"0\""
        switch c.status {
        case .passed:
          out += open + "/>\n"
        case .failed, .error:
          let tag = c.status == .failed ? "failure" : "error"
          let type = c.status == .failed ? "ScheduleMismatch" : "InvalidInput"
          out += open + ">\n"
          out += "      <\(tag) message=\"\(attribute(c.message))\" type=\"\(type)\">"
          out += text(([c.message] + c.details).joined(separator: "\n"))
          out += "</\(tag)>\n"
          out += "    </testcase>\n"
        }
      }
      out += "  </testsuite>\n"
    }
    out += "</testsuites>\n"
    return out
  }

  /// A class name for the spec: its path without the extension, dots replaced, since JUnit
  /// viewers read `a.b` as package `a`, class `b`.
  static func className(_ name: String) -> String {
    var base = Substring(name)
    if let dot = base.lastIndex(of: "."), !base[dot...].contains("/") { base = base[..<dot] }
    return String(base.map { $0 == "." ? "_" : $0 })
  }

  private static func seconds(_ t: Double) -> String {
    guard t.isFinite, t >= 0 else { return "0" }
    let ms = Int((t * 1000).rounded())
    let frac = String(ms % 1000)
    return "\(ms / 1000).\(String(repeating: "0", count: 3 - frac.count))\(frac)"
  }

  /// Text content as `DisplayText.message` shows it (long words cut, control characters written
  /// `\xNN`), then `&`, `<`, `>` escaped; characters XML 1.0 forbids replaced by U+FFFD.
  static func text(_ s: String) -> String {
    escape(DisplayText.message(s), attribute: false)
  }

  /// An attribute value (double-quoted), likewise; also quotes and line breaks escaped.
  static func attribute(_ s: String) -> String {
    escape(DisplayText.message(s), attribute: true)
  }

  private static func escape(_ s: String, attribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"" where attribute: out += "&quot;"
      case "\n" where attribute: out += "&#10;"
      case "\r": out += "&#13;"
      case "\t" where attribute: out += "&#9;"
      case "\t", "\n": out.unicodeScalars.append(u)
      default:
        let v = u.value
        if v < 0x20 || v == 0xFFFE || v == 0xFFFF {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out
  }
}
