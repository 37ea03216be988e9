import LRSchedCore
import LRSchedPlot

#if canImport(Glibc)
import Glibc
#endif

/// The chart of an LR range test: loss against learning rate, with a marker per suggestion.
///
/// A curve spanning two decades or more (an exponential ramp) is drawn on a logarithmic
/// learning-rate axis, as torch-lr-finder's `plot` does; a narrower one on a linear axis.
public enum RangeTestChart {
  /// Whether the curve is drawn on a logarithmic learning-rate axis.
  public static func usesLogX(_ curve: RangeTestCurve) -> Bool {
    guard let lo = curve.lrs.min(), let hi = curve.lrs.max(), lo > 0 else { return false }
    return hi / lo >= 100
  }

  public static func chart(_ report: RangeTestReport, title: String) -> Chart {
    let series = ChartSeries(name: "loss", xs: report.curve.lrs, ys: report.curve.losses)
    let markers = report.suggestions.map { s in
      ChartMarker(x: s.lr, label: "\(s.name) \(short(s.lr))")
    }
    return Chart(
      title: title, xLabel: "learning rate", yLabel: "loss", logX: usesLogX(report.curve),
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
