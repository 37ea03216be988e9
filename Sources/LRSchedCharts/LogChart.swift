import LRSchedCore
import LRSchedLogs
import LRSchedPlot

/// A training log as chart series: one dotted series per learning-rate column or tag, in the
/// colour of the plan's curve for the same parameter group, named "<file> logged".
///
/// With a plan (`alignment`) each point is placed on the plan's rows by the logger's step
/// convention and drawn in the plan's x units; without one, x is the log's own step (or epoch)
/// counter. The log streams through `StreamingCurve`s, so memory stays bounded at any length.
public struct LogChart {
  public var series: [ChartSeries]
  /// Things the reader should know: the log runs past the plan, the x axis is not what was asked.
  public var warnings: [String]

  /// Reads `path` (see `LogFile`). `planGroups` names the plan's parameter groups (to colour each
  /// series as its group, from `colorBase`); `planRows` is the plan's length. Throws
  /// `ChartError` with the reader's message.
  public init(
    path: String, options: LogOptions = LogOptions(), x: XAxisUnit, alignment: LogAlignment?, planGroups: [String] = [],
    planRows: Int? = nil, colorBase: Int, drawStyle: SeriesDrawStyle = .line
  ) throws {
    var warnings: [String] = []
    let source: any LogSource
    do {
      source = try LogFile.open(path, options: options)
    } catch {
      throw ChartError(error.description)
    }
    var curves: [StreamingCurve] = []
    var past = 0
    var lastPastStep = 0.0
    var xFromSteps = false
    do {
      while let p = try source.next() {
        while curves.count < source.series.count { curves.append(StreamingCurve()) }
        let xv: Double
        if let alignment {
          guard let row = alignment.row(p, series: source.series[p.series]) else { continue }
          if let planRows, row > Double(planRows - 1) {
            past += 1
            lastPastStep = p.step ?? row
          }
          xv = alignment.x(row: row, epochAxis: x == .epoch)
        } else if x == .epoch, let e = p.epoch {
          xv = e
        } else if let s = p.step {
          xFromSteps = xFromSteps || x == .epoch
          xv = s
        } else {
          continue
        }
        curves[p.series].add(xv, p.value)
      }
    } catch {
      throw ChartError(error.description)
    }
    let name = path == "-" ? "standard input" : FilePaths.fileName(path)
    if past > 0, let planRows {
      warnings.append("\(name): \(past) logged point\(past == 1 ? " runs" : "s run") past the plan's end (its last step is \(planRows - 1); the log goes to \(DoubleFormat.compact(lastPastStep)))")
    }
    if xFromSteps {
      warnings.append("\(name): the log has no epoch counter on its learning-rate rows, so its x axis counts steps (give --x step, or a --spec to align it in epochs)")
    }
    var series: [ChartSeries] = []
    for k in curves.indices {
      let (xs, ys) = curves[k].points()
      let s = source.series[k]
      let group = (try? LogCheck.group(of: s, index: k, count: source.series.count, groups: planGroups, log: name)) ?? k
      let label = source.series.count == 1 ? "\(name) logged" : "\(name) \(s.name) logged"
      series.append(
        ChartSeries(
          name: label, xs: xs, ys: ys, colorIndex: colorBase + (planGroups.isEmpty ? k : group), style: .dotted,
          drawStyle: drawStyle))
    }
    self.series = series
    self.warnings = warnings
  }
}
