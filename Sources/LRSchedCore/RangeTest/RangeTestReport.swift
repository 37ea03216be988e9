/// An LR range test's outcome as lrsched prints it: the curve and its named suggestions, as
/// JSON, CSV or text.
public struct RangeTestReport: Sendable {
  public let curve: RangeTestCurve
  public let suggestions: [LRSuggestion]
  /// What was run, for the text summary: "100 iterations from 1e-07 to 10.0 (exp)" or the log's name.
  public let source: String

  public init(curve: RangeTestCurve, suggestions: [LRSuggestion], source: String) {
    self.curve = curve
    self.suggestions = suggestions
    self.source = source
  }

  /// The names of every suggestion, in output order.
  public static let names = ["steepest", "minimum", "valley"]

  public func suggestion(_ name: String) -> LRSuggestion? {
    suggestions.first { $0.name == name }
  }

  /// `{"suggestions": {"steepest": …, "minimum": …, "valley": …}, "lr": […], "loss": […]}`;
  /// a missing suggestion and a non-finite loss are `null`.
  public var json: String {
    func number(_ v: Double?) -> String {
      guard let v, v.isFinite else { return "null" }
      return DoubleFormat.shortest(v)
    }
    var out = "{\"suggestions\": {"
    out += Self.names.map { "\"\($0)\": \(number(suggestion($0)?.lr))" }.joined(separator: ", ")
    out += "}, \"lr\": ["
    out += curve.lrs.map { number($0) }.joined(separator: ", ")
    out += "], \"loss\": ["
    out += curve.losses.map { number($0) }.joined(separator: ", ")
    out += "]}\n"
    return out
  }

  /// `lr,loss,suggestion` rows: the curve, each point naming the suggestions taken from it
  /// (`steepest;valley`), so the file reads back as a `--log`.
  public var csv: String {
    var marks = [String](repeating: "", count: curve.lrs.count)
    for s in suggestions where s.index < marks.count {
      marks[s.index] += marks[s.index].isEmpty ? s.name : ";" + s.name
    }
    var out = "lr,loss,suggestion\n"
    for i in curve.lrs.indices {
      out += "\(DoubleFormat.shortest(curve.lrs[i])),\(DoubleFormat.shortest(curve.losses[i])),\(marks[i])\n"
    }
    return out
  }

  /// A human-readable summary: what ran, then each suggestion with the point it comes from.
  public var text: String {
    var out = "LR range test: \(source), \(curve.lrs.count) points"
    out += curve.diverged ? " (stopped: the loss diverged)\n" : "\n"
    let values = Self.names.map { suggestion($0).map { DoubleFormat.shortest($0.lr) } ?? "none" }
    let width = values.map(\.count).max() ?? 0
    for (name, value) in zip(Self.names, values) {
      var line = "  \(name.padding(8))  \(value.padding(width))"
      if let s = suggestion(name) {
        let point = "point \(s.index): lr \(DoubleFormat.shortest(curve.lrs[s.index])), loss \(DoubleFormat.shortest(s.loss))"
        switch name {
        case "steepest": line += "  the loss falls fastest at \(point)"
        case "minimum": line += "  a tenth of the lowest loss's lr, \(point)"
        default: line += "  two thirds down the longest descent, \(point)"
        }
      } else {
        line += "  too few points after --skip-start and --skip-end"
      }
      out += line + "\n"
    }
    return out
  }
}

extension String {
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
