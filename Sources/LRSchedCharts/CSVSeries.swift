import LRSchedPlot

/// The learning-rate columns of a CSV file as chart series: `lr` or `lr_<group>` against
/// `epoch` (or `step`, or the row number).
enum CSVSeries {
  static func read(_ file: String, x: String, colorBase: Int) throws -> [ChartSeries] {
    let text: String
    if file == "-" {
      var lines: [String] = []
      while let line = readLine(strippingNewline: true) { lines.append(line) }
      text = lines.joined(separator: "\n")
    } else {
      text = try FileReader.readText(file, limit: 1 << 30)
    }
    var lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).makeIterator()
    guard let headerLine = lines.next() else { throw Failure(.invalidInput, "\(file): empty CSV") }
    let sep: Character = headerLine.contains("\t") && !headerLine.contains(",") ? "\t" : ","
    let header = headerLine.split(separator: sep, omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
    let lrColumns = header.indices.filter { header[$0] == "lr" || header[$0].hasPrefix("lr_") }
    guard !lrColumns.isEmpty else {
      throw Failure(.invalidInput, "\(file): no lr column (the header is: \(header.joined(separator: ", ")))")
    }
    let xColumn = header.firstIndex(of: x) ?? header.firstIndex(of: x == "epoch" ? "step" : "epoch")
    var xs: [Double] = []
    var ys = Array(repeating: [Double](), count: lrColumns.count)
    var lineNumber = 1
    for line in lines {
      lineNumber += 1
      if line.allSatisfy({ $0 == " " }) { continue }
      let cells = line.split(separator: sep, omittingEmptySubsequences: false)
      let xv: Double
      if let c = xColumn {
        guard c < cells.count, let v = Double(cells[c].trimmingCharacters(in: " \"")) else {
          throw Failure(.invalidInput, "\(file), line \(lineNumber): column '\(header[c])' is not a number")
        }
        xv = v
      } else {
        xv = Double(xs.count)
      }
      xs.append(xv)
      for (k, c) in lrColumns.enumerated() {
        let v = c < cells.count ? Double(cells[c].trimmingCharacters(in: " \"")) : nil
        ys[k].append(v ?? .nan)
      }
    }
    let base = file == "-" ? "standard input" : (file.split(separator: "/").last.map(String.init) ?? file)
    return lrColumns.enumerated().map { k, c in
      ChartSeries(
        name: lrColumns.count == 1 ? base : "\(base) \(header[c])", xs: xs, ys: ys[k],
        colorIndex: colorBase + k, style: .dotted)
    }
  }
}
