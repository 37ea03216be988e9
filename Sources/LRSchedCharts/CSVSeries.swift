import LRSchedCore
import LRSchedPlot

/// The learning-rate columns of a CSV log as chart series: `lr` or `lr_<group>` against `epoch`
/// (or `step`, or the row number), dotted.
///
/// The file (or standard input for `-`) streams through a `CSVReader`, comma or tab separated;
/// a non-number in an `lr` column is a gap, one in the x column a `ChartError`.
public enum CSVSeries {
  /// The series of `file`, coloured from `colorBase` on, joined by `drawStyle`. Throws `CSVError`
  /// or `ChartError`.
  public static func read(
    _ file: String, x: XAxisUnit, colorBase: Int, drawStyle: SeriesDrawStyle = .steps
  ) throws -> [ChartSeries] {
    let reader = try CSVReader(path: file, dashIsStandardInput: true, separator: .detect)
    guard let headerRecord = try reader.next() else { throw ChartError("\(file): empty CSV") }
    let header = (0..<headerRecord.count).map(headerRecord.trimmedString)
    let lrColumns = header.indices.filter { header[$0] == "lr" || header[$0].hasPrefix("lr_") }
    guard !lrColumns.isEmpty else {
      throw ChartError("\(file): no lr column (the header is: \(header.joined(separator: ", ")))")
    }
    let xColumn = header.firstIndex(of: x.rawValue) ?? header.firstIndex(of: (x == .epoch ? XAxisUnit.step : .epoch).rawValue)
    var xs: [Double] = []
    var ys = Array(repeating: [Double](), count: lrColumns.count)
    while let record = try reader.next() {
      let xv: Double
      if let c = xColumn {
        guard c < record.count, let v = record.double(c) else {
          throw ChartError("\(file), line \(record.line): column '\(header[c])' is not a number")
        }
        xv = v
      } else {
        xv = Double(xs.count)
      }
      xs.append(xv)
      for (k, c) in lrColumns.enumerated() {
        ys[k].append(c < record.count ? record.double(c) ?? .nan : .nan)
      }
    }
    let base = file == "-" ? "standard input" : FilePaths.fileName(file)
    return lrColumns.enumerated().map { k, c in
      ChartSeries(
        name: lrColumns.count == 1 ? base : "\(base) \(header[c])", xs: xs, ys: ys[k],
        colorIndex: colorBase + k, style: .dotted, drawStyle: drawStyle)
    }
  }
}
