import ArgumentParser
import LRSchedCairo
import LRSchedCharts
import LRSchedCore
import LRSchedPlot

#if canImport(Glibc)
import Glibc
import LRSchedOutput
#endif

extension LRSched {
  /// `lrsched plot`: a chart of one or more schedules, in the terminal or as PNG, SVG or PDF.
  struct Plot: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Chart schedules in the terminal (braille) or as a PNG, SVG or PDF file.",
      discussion: """
        Several schedules on one chart: repeat --spec, or repeat --scheduler (sharing the other flags). \
        --csv overlays the lr columns of a CSV, e.g. a real training log, on the simulated schedules.

        Examples:
          lrsched plot --scheduler cosine --epochs 100
          lrsched plot --spec examples/warmup-cosine.json -o lr.png
          lrsched plot --scheduler cosine --scheduler \\
              "StepLR(optimizer, step_size=30)" --epochs 90 --log-y
          lrsched plot --spec run.json --csv train_log.csv -o compare.svg
        """)

    @OptionGroup var schedule: ScheduleOptions
    @OptionGroup var plot: PlotOptions

    func run() throws {
      var series: [ChartSeries] = []
      var markers: [ChartMarker] = []
      var names: [String] = []
      let specs = (schedule.spec.isEmpty && schedule.scheduler.isEmpty && !plot.csv.isEmpty) ? [] : try schedule.resolveAll()
      if try schedule.printsSpecs(specs) { return }
      guard plot.label.count <= max(specs.count, 1) || specs.isEmpty else {
        throw Failure(.invalidInput, "\(plot.label.count) --label for \(specs.count) schedules: give at most one per --spec or --scheduler")
      }
      let sources = specs.isEmpty ? [] : try schedule.sources()
      let automatic = ScheduleChart.labels(specs.map(\.scheduler))
      let tags = ScheduleChart.tags(specs.map(\.scheduler))
      for (k, spec) in specs.enumerated() {
        if !plot.quiet { LintPrinter.printWarnings(for: spec, source: specs.count > 1 ? spec.name : nil) }
        let given = k < plot.label.count ? plot.label[k] : nil
        let name = given ?? spec.name ?? (specs.count > 1 ? automatic[k] : ScheduleChart.label(spec.scheduler))
        let colorBase = series.count
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
      for file in plot.csv {
        series += try Failure.mapping { try CSVSeries.read(file, x: plot.x, colorBase: series.count, drawStyle: plot.style) }
        names.append(file)
      }
      guard !series.isEmpty else { throw Failure(.invalidInput, "nothing to plot: give --spec, --scheduler or --csv") }
      let title = plot.title ?? (specs.count == 1 && plot.csv.isEmpty ? names[0] : "Learning-rate schedules")
      let chart = Chart(
        title: title, xLabel: plot.x.rawValue, yLabel: "learning rate", logY: plot.logY, series: series,
        markers: markers,
        secondaryYLabel: [plot.momentum ? "momentum" : nil, plot.loss ? "loss" : nil].compactMap { $0 }.joined(separator: " / "))
      try draw(chart)
    }

    private func draw(_ chart: Chart) throws {
      guard let output = plot.output else {
        let size = Terminal.size()
        let width = plot.width ?? min(size?.columns ?? 80, 160)
        let height = plot.height ?? min(max((size?.rows ?? 24) - 2, 12), 30)
        let color: Bool
        switch plot.color {
        case .always: color = true
        case .never: color = false
        case .auto: color = Terminal.isTTY(STDOUT_FILENO) && Terminal.environment("NO_COLOR") == nil
        }
        let text = TerminalChartRenderer(width: width, height: height, color: color).render(chart)
        let sink = OutputSink()
        try sink.write(text.hasSuffix("\n") ? text : text + "\n")
        try sink.commit()
        return
      }
      if let problem = OutputPath.problem(output) { throw Failure(.outputFailed, "cannot write \(output): \(problem)") }
      guard let format = plot.format ?? ImageFormat.inferred(fromPath: output) else {
        throw Failure(.invalidInput, "--output \(output): name a .png, .svg or .pdf file, or give --format")
      }
      var options = ImageOptions(dpi: plot.dpi)
      if let (w, h) = plot.size.flatMap(PlotOptions.parseSize) {
        options = ImageOptions(pixelWidth: w, pixelHeight: h, dpi: plot.dpi)
      } else if plot.dpi != 100 {
        options = ImageOptions(widthInches: 6.4, heightInches: 4.8, dpi: plot.dpi)
      }
      do {
        try CairoChartRenderer(options: options).write(chart, toPath: output, format: format)
      } catch {
        throw Failure(.outputFailed, "cannot write \(output): \(error)")
      }
    }
  }
}
