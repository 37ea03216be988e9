import ArgumentParser
import LRSchedCairo
import LRSchedCharts
import LRSchedCore
import LRSchedLogs
import LRSchedPlot

#if canImport(Glibc)
import Glibc
import LRSchedOutput
#endif

extension LRSched {
  /// `lrsched plot`: a chart of one or more schedules, in the terminal or as PNG, SVG or PDF.
  struct Plot: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "plot",
      abstract: "Chart schedules in the terminal (braille) or as a PNG, SVG or PDF file.",
      discussion: """
        Several schedules on one chart: repeat --spec, or repeat --scheduler (sharing the other flags). \
        --log draws a real run's learning rates beside the plan, dotted in the plan's colours: a CSV \
        (Lightning's metrics.csv, a W&B export), a trainer_state.json or TensorBoard events, each point \
        placed on the plan's step by its logger's convention (--log-offset overrides). --follow redraws \
        the terminal chart as the log grows.

        Examples:
          lrsched plot --scheduler cosine --epochs 100
          lrsched plot --spec examples/warmup-cosine.json -o lr.png
          lrsched plot --scheduler cosine --scheduler \\
              "\(TorchExamples.perEpochCall)" --epochs 90 --log-y
          lrsched plot --spec run.json \\
              --log lightning_logs/version_0/metrics.csv -o compare.svg
          lrsched plot --from-hf args.json --dataset-size 5000 \\
              --log out/checkpoint-500/trainer_state.json
          lrsched plot --log runs/ --x step --follow
        """)

    @OptionGroup var schedule: ScheduleOptions
    @OptionGroup var plot: PlotOptions
    @OptionGroup var logs: LogArguments

    func run() throws {
      if try schedule.printsSpecs(try schedule.resolveAll()) { return }
      guard plot.follow else {
        try draw(try chart(warn: true))
        return
      }
      guard !logs.log.isEmpty else { throw Failure(.invalidInput, "--follow needs --log") }
      guard !logs.log.contains("-") else { throw Failure(.invalidInput, "--follow rereads its logs: give files, not standard input") }
      try LogFollower(paths: logs.log).follow { first in
        try draw(try chart(warn: first), clearing: true)
      }
    }

    /// The chart of the specs and logs; lint and log warnings go to standard error when `warn`.
    private func chart(warn: Bool) throws -> Chart {
      var series: [ChartSeries] = []
      var markers: [ChartMarker] = []
      var names: [String] = []
      let specs = (schedule.spec.isEmpty && schedule.scheduler.isEmpty && !logs.log.isEmpty) ? [] : try schedule.resolveAll()
      guard plot.label.count <= max(specs.count, 1) || specs.isEmpty else {
        throw Failure(.invalidInput, "\(plot.label.count) --label for \(specs.count) schedules: give at most one per --spec or --scheduler")
      }
      let sources = specs.isEmpty ? [] : try schedule.sources()
      let automatic = ScheduleChart.labels(specs.map(\.scheduler))
      let tags = ScheduleChart.tags(specs.map(\.scheduler))
      for (k, spec) in specs.enumerated() {
        if !plot.quiet && warn { LintPrinter.printWarnings(for: spec, source: specs.count > 1 ? spec.name : nil) }
        let given = k < plot.label.count ? plot.label[k] : nil
        let name = given ?? spec.name ?? (specs.count > 1 ? automatic[k] : ScheduleChart.label(spec.scheduler))
        let colorBase = (series.compactMap(\.colorIndex).max() ?? -1) + 1
        let result = try Failure.mapping(source: k < sources.count ? sources[k] : nil) {
          try ScheduleChart(
            spec, x: plot.x, momentum: plot.momentum, loss: plot.loss, colorBase: colorBase,
            named: specs.count > 1, name: name, drawStyle: plot.style)
        }
        series += result.series
        names.append(result.name)
        guard !plot.noMarkers else { continue }
        let owner = ScheduleChart.shortened(given ?? spec.name ?? tags[k], to: 24)
        markers += result.markers.map { marker in
          specs.count == 1
            ? marker
            : ChartMarker(x: marker.x, label: marker.label.isEmpty ? "" : "\(marker.label) · \(owner)", colorIndex: colorBase)
        }
      }
      let plan = try specs.first.map { spec in try Failure.mapping { try Simulation(spec: spec) } }
      let alignment = plan.map { LogAlignment(shape: $0.shape, offset: logs.offset) }
      for file in logs.log {
        let logged = try Failure.mapping {
          try LogChart(
            path: file, options: logs.options, x: plot.x, alignment: alignment,
            planGroups: plan?.optimizer.paramGroups.map(\.name) ?? [], planRows: plan?.rows,
            colorBase: plan == nil ? series.count : 0, drawStyle: plot.style)
        }
        if warn { for w in logged.warnings { StandardError.write("warning: \(w)\n") } }
        series += logged.series
        names.append(file)
      }
      guard !series.isEmpty else { throw Failure(.invalidInput, "nothing to plot: give --spec, --scheduler or --log") }
      let title = plot.title ?? (specs.count == 1 && logs.log.isEmpty ? names[0] : specs.count == 1 ? "\(names[0]) and its run" : "Learning-rate schedules")
      let chart = Chart(
        title: title, xLabel: plot.x.rawValue, yLabel: "learning rate", logY: plot.logY, series: series,
        markers: markers,
        secondaryYLabel: [plot.momentum ? "momentum" : nil, plot.loss ? "loss" : nil].compactMap { $0 }.joined(separator: " / "))
      return chart
    }

    /// Draws `chart` in the terminal (after clearing the screen when `clearing`) or to `--output`.
    private func draw(_ chart: Chart, clearing: Bool = false) throws {
      guard let output = plot.output else {
        let size = Terminal.size()
        let width = plot.width ?? min(size?.columns ?? 80, 160)
        let height = plot.height ?? min(max((size?.rows ?? 24) - 2, 12), 30)
        let color = plot.color == .auto ? Terminal.isTTY(STDOUT_FILENO) && Terminal.environment("NO_COLOR") == nil : plot.color == .always
        let text = TerminalChartRenderer(width: width, height: height, color: color).render(chart)
        let sink = OutputSink()
        try sink.write((clearing ? "\u{1B}[H\u{1B}[2J" : "") + (text.hasSuffix("\n") ? text : text + "\n"))
        try sink.commit()
        return
      }
      if let problem = OutputPath.problem(output) { throw Failure(.outputFailed, "cannot write \(output): \(problem)") }
      guard let format = plot.format ?? ImageFormat.inferred(fromPath: output) else {
        throw Failure(.invalidInput, "--output \(output): name a .png, .svg or .pdf file, or give --format")
      }
      do {
        try CairoChartRenderer(options: plot.image.options).write(chart, toPath: output, format: format)
      } catch {
        throw Failure(.outputFailed, "cannot write \(output): \(error)")
      }
    }
  }
}
