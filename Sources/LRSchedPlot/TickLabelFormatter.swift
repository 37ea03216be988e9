import Foundation

/// Formats tick values compactly and without binary float noise.
///
/// Linear ticks share one style per axis: fixed-point (`0`, `0.02`, `0.1`,
/// `2.5`, `1500`) while the largest magnitude is in [0.001, 10^6), otherwise
/// scientific with a bare exponent (`2e-5`, `2.5e-5`, `1e6`). Trailing zeros
/// are dropped and zero is always `0`. Decades on a log axis read `0.001` …
/// `10000` when every decade shown is in that span, else `1e-6`, `1e0`, `1e3`.
public enum TickLabelFormatter {
  /// Whether linear ticks whose largest magnitude is `maxMagnitude` use scientific notation.
  public static func usesScientific(maxMagnitude: Double) -> Bool {
    guard maxMagnitude.isFinite, maxMagnitude > 0 else { return false }
    return maxMagnitude >= 1e6 || maxMagnitude < 1e-3
  }

  /// Labels for values that are multiples of `step`, in one consistent style.
  public static func labels(for values: [Double], step: NiceStep) -> [String] {
    let maxMagnitude = values.reduce(0) { max($0, abs($1)) }
    let scientific = usesScientific(maxMagnitude: maxMagnitude)
    return values.map { label($0, step: step, scientific: scientific) }
  }

  /// One label for a multiple of `step`.
  public static func label(_ value: Double, step: NiceStep, scientific: Bool) -> String {
    guard value.isFinite else { return String(value) }
    if value == 0 { return "0" }
    if !scientific {
      return trimmed(fixed(value, digits: step.fractionDigits(relativeTo: 0)))
    }
    var exponent = Int(floor(log10(abs(value))))
    var digits = step.fractionDigits(relativeTo: exponent)
    var mantissa = value / power(exponent)
    if abs((mantissa * power(digits)).rounded()) >= 10 * power(digits) {
      exponent += 1
      digits = step.fractionDigits(relativeTo: exponent)
      mantissa = value / power(exponent)
    }
    return trimmed(fixed(mantissa, digits: digits)) + "e\(exponent)"
  }

  /// Labels for the decades 10^k, plain when all of `exponents` lie in -3...4.
  public static func decadeLabels(for exponents: [Int]) -> [String] {
    let plain = exponents.allSatisfy { (-3...4).contains($0) }
    return exponents.map { plain ? plainDecade($0) : "1e\($0)" }
  }

  /// A short general-purpose rendering of any number, six significant digits
  /// at most (`0.1`, `1e-5`, `12345.7`, `-3e8`).
  public static func compact(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    if value == 0 { return "0" }
    let magnitude = abs(value)
    if magnitude >= 1e-4 && magnitude < 1e6 {
      return trimmed(String(format: "%.6g", value))
    }
    let exponent = Int(floor(log10(magnitude)))
    var mantissa = value / power(exponent)
    var shownExponent = exponent
    if abs(Double(String(format: "%.5f", mantissa)) ?? mantissa) >= 10 {
      shownExponent += 1
      mantissa = value / power(shownExponent)
    }
    return trimmed(String(format: "%.5f", mantissa)) + "e\(shownExponent)"
  }

  static func plainDecade(_ exponent: Int) -> String {
    if exponent >= 0 { return "1" + String(repeating: "0", count: exponent) }
    return "0." + String(repeating: "0", count: -exponent - 1) + "1"
  }

  static func power(_ exponent: Int) -> Double {
    exponent < 0 ? 1 / pow(10, Double(-exponent)) : pow(10, Double(exponent))
  }

  static func fixed(_ value: Double, digits: Int) -> String {
    String(format: "%.\(min(digits, 40))f", value)
  }

  static func trimmed(_ text: String) -> String {
    var result = text
    if result.contains("."), !result.contains("e") {
      while result.hasSuffix("0") { result.removeLast() }
      if result.hasSuffix(".") { result.removeLast() }
    }
    if result == "-0" { return "0" }
    return result
  }
}
