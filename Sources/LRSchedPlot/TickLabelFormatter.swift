import Foundation

/// Formats tick values compactly and without binary float noise.
///
/// The labels of one linear axis share one style and one number of decimals: fixed-point
/// (`0.00 0.02 … 0.10`, `0.850 0.875`, `0 500 1000`) while that needs at most three decimals (four
/// when the largest magnitude is at least 0.01) and the largest magnitude is below 10^6,
/// otherwise compact scientific with a bare exponent and as few shared mantissa decimals as the
/// ticks need (`0 2e-4 4e-4`, `2.5e-5 5.0e-5 7.5e-5 1.0e-4`, `1e6`). Zero is `0` in scientific
/// style. Decades on a log axis read `0.001` … `10000` when every decade shown is in that span,
/// else `1e-6`, `1e0`, `1e3`. Every function accepts any value, denormals included.
public enum TickLabelFormatter {
  /// Whether linear ticks on `step` whose largest magnitude is `maxMagnitude` use scientific notation.
  public static func usesScientific(maxMagnitude: Double, step: NiceStep) -> Bool {
    guard maxMagnitude.isFinite, maxMagnitude > 0 else { return false }
    let digits = step.fractionDigits(relativeTo: 0)
    return maxMagnitude >= 1e6 || digits > 4 || (digits > 3 && maxMagnitude < 0.01)
  }

  /// Labels for values that are multiples of `step`, in one consistent style.
  public static func labels(for values: [Double], step: NiceStep) -> [String] {
    let maxMagnitude = values.reduce(0) { max($0, abs($1)) }
    if !usesScientific(maxMagnitude: maxMagnitude, step: step) {
      let digits = step.fractionDigits(relativeTo: 0)
      return values.map { unsigned(fixed($0, digits: digits)) }
    }
    let needed = values.map { value -> Int in
      guard let exponent = SafeInt.decimalExponent(of: value) else { return 0 }
      let digits = step.fractionDigits(relativeTo: exponent)
      return decimals(ofMantissa: scientific(value, digits: digits))
    }
    let shared = needed.max() ?? 0
    return values.map { $0 == 0 ? "0" : scientific($0, digits: shared) }
  }

  /// Labels for the decades 10^k, plain when all of `exponents` lie in -3...4.
  public static func decadeLabels(for exponents: [Int]) -> [String] {
    let plain = exponents.allSatisfy { (-3...4).contains($0) }
    return exponents.map { plain ? plainDecade($0) : "1e\($0)" }
  }

  /// A short general-purpose rendering of any number, six significant digits
  /// at most (`0.1`, `1e-5`, `12345.7`, `-3e8`, `4.94066e-324`).
  public static func compact(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
    if value == 0 { return "0" }
    let magnitude = abs(value)
    if magnitude >= 1e-4 && magnitude < 1e6 {
      return unsigned(trimmed(String(format: "%.6g", value)))
    }
    return scientific(value, digits: 5, trimming: true)
  }

  /// `value` as mantissa`e`exponent with `digits` mantissa decimals (trailing zeros dropped
  /// when `trimming`) and a bare exponent: `2.5e-5`, `1.0e-4`, `-3e8`.
  static func scientific(_ value: Double, digits: Int, trimming: Bool = false) -> String {
    let text = String(format: "%.\(min(max(digits, 0), 17))e", value)
    guard let split = text.firstIndex(of: "e"), let exponent = Int(text[text.index(after: split)...])
    else { return text }
    let mantissa = String(text[..<split])
    return (trimming ? trimmed(mantissa) : mantissa) + "e\(exponent)"
  }

  /// The decimals of a scientific label's mantissa once trailing zeros are dropped.
  static func decimals(ofMantissa label: String) -> Int {
    let mantissa = label.split(separator: "e").first.map(String.init) ?? label
    let shown = trimmed(mantissa)
    guard let dot = shown.firstIndex(of: ".") else { return 0 }
    return shown.distance(from: dot, to: shown.endIndex) - 1
  }

  static func plainDecade(_ exponent: Int) -> String {
    if exponent >= 0 { return "1" + String(repeating: "0", count: exponent) }
    return "0." + String(repeating: "0", count: -exponent - 1) + "1"
  }

  /// 10^exponent, as exact as a double allows (denormal below 10^-307).
  static func power(_ exponent: Int) -> Double {
    if exponent < -300 { return pow(10, Double(exponent)) }
    return exponent < 0 ? 1 / pow(10, Double(-exponent)) : pow(10, Double(exponent))
  }

  static func fixed(_ value: Double, digits: Int) -> String {
    String(format: "%.\(min(digits, 40))f", value)
  }

  /// `text` without a minus sign when it shows zero (`-0.00` is `0.00`).
  static func unsigned(_ text: String) -> String {
    guard text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) else {
      return text
    }
    return String(text.dropFirst())
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
