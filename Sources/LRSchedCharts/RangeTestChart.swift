import LRSchedCore
import LRSchedPlot

#if canImport(Glibc)
import Glibc
#endif

/// The chart of an LR range test: loss against learning rate, with a marker per suggestion.
///
/// `LRSchedPlot` has no logarithmic x axis yet, so a curve spanning two decades or more is drawn
/// against log10(lr) (the x label says so); markers sit at their suggestion's learning rate.
public enum RangeTestChart {
  /// Whether the curve is drawn against log10(lr).
  public static func usesLogX(_ curve: RangeTestCurve) -> Bool {
    guard let lo = curve.lrs.min(), let hi = curve.lrs.max(), lo > 0 else { return false }
    return hi / lo >= 100
  }

  public static func chart(_ report: RangeTestReport, title: String) -> Chart {
    let logX = usesLogX(report.curve)
    let x: (Double) -> Double = { logX ? log10($0) : $0 }
    let series = ChartSeries(name: "loss", xs: report.curve.lrs.map(x), ys: report.curve.losses)
    let markers = report.suggestions.map { s in
      ChartMarker(x: x(s.lr), label: "\(s.name) \(short(s.lr))")
    }
    return Chart(
      title: title, xLabel: logX ? "learning rate (log10)" : "learning rate", yLabel: "loss",
      series: [series], markers: markers)
  }

  /// About three significant digits, for marker labels: `0.0675`, `6.75e-05`.
  public static func short(_ v: Double) -> String {
    guard let e = SafeInt.decimalExponent(of: v) else { return DoubleFormat.shortest(v) }
    if (-3...3).contains(e) {
      let scale = pow(10, Double(max(0, 2 - e)))
      return DoubleFormat.compact((v * scale).rounded() / scale)
    }
    let text = String(format: "%.2e", v)
    guard let split = text.firstIndex(of: "e"), let m = Double(text[..<split]) else { return text }
    return DoubleFormat.compact(m) + text[split...]
  }
}
