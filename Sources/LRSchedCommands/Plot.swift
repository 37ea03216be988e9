import ArgumentParser
import LRSchedCairo
import LRSchedCore
import LRSchedPlot

#if canImport(Glibc)
import Glibc
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
          lrsched plot --scheduler cosine --scheduler "StepLR(optimizer, step_size=30)" --epochs 90 --log-y
          lrsched plot --spec run.json --csv train_log.csv -o compare.svg
        """)

    @OptionGroup var schedule: ScheduleOptions
    @OptionGroup var plot: PlotOptions

    func run() throws {
      var series: [ChartSeries] = []
      var markers: [ChartMarker] = []
      var names: [String] = []
      let specs = (schedule.spec.isEmpty && schedule.scheduler.isEmpty && !plot.csv.isEmpty) ? [] : try schedule.resolveAll()
      if schedule.printSpec {
        for s in specs { print(JSONWriter.format(s.json)) }
        return
      }
      for (k, spec) in specs.enumerated() {
        if !plot.quiet { LintPrinter.printWarnings(for: spec, source: specs.count > 1 ? spec.name : nil) }
        let result = try Self.simulate(
          spec, x: plot.x, momentum: plot.momentum, loss: plot.loss, colorBase: series.count, named: specs.count > 1)
        series += result.series
        names.append(result.name)
        if !plot.noMarkers && (specs.count == 1 || k == 0) {
          markers += result.markers
        }
      }
      for file in plot.csv {
        series += try CSVSeries.read(file, x: plot.x, colorBase: series.count)
        names.append(file)
      }
      guard !series.isEmpty else { throw Failure(.invalidInput, "nothing to plot: give --spec, --scheduler or --csv") }
      let title = plot.title ?? (specs.count == 1 && plot.csv.isEmpty ? names[0] : "Learning-rate schedules")
      let chart = Chart(
        title: title, xLabel: plot.x, yLabel: "learning rate", logY: plot.logY, series: series,
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
        case "always": color = true
        case "never": color = false
        default: color = Terminal.isTTY(STDOUT_FILENO) && Terminal.environment("NO_COLOR") == nil
        }
        let text = TerminalChartRenderer(width: width, height: height, color: color).render(chart)
        let sink = OutputSink()
        try sink.write(text.hasSuffix("\n") ? text : text + "\n")
        try sink.commit()
        return
      }
      guard let format = plot.format.flatMap({ ImageFormat(rawValue: $0.lowercased()) }) ?? ImageFormat.inferred(fromPath: output) else {
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

    struct Simulated {
      var series: [ChartSeries]
      var markers: [ChartMarker]
      var name: String
    }

    /// Runs `spec` and keeps its curves in bounded memory.
    /// `named`: prefix the secondary curves with the schedule's name, to tell several schedules apart.
    static func simulate(
      _ spec: RunSpec, x: String, momentum: Bool, loss: Bool, colorBase: Int, named: Bool = false
    ) throws -> Simulated {
      if loss && spec.train == nil {
        throw Failure(.invalidInput, "--loss needs a spec with a \"train\" section (toy training)")
      }
      var run = spec
      if momentum && !spec.recordMomentum {
        run = try RunSpec(json: spec.json.setting("record_momentum", to: .bool(true)), baseDirectory: spec.baseDirectory)
      }
      let simulation: Simulation
      do {
        simulation = try Simulation(spec: run)
      } catch {
        throw Failure(error)
      }
      let groups = simulation.optimizer.paramGroups
      let rows = simulation.rows
      let perEpoch = simulation.shape.interval == .step ? Double(simulation.shape.stepsPerEpoch) : 1
      let xMax = x == "step" ? Double(max(rows - 1, 0)) : Double(max(rows - 1, 0)) / perEpoch
      let make = { StreamingDecimator(total: rows, xMin: 0, xMax: xMax) }
      var lr = Array(repeating: make(), count: groups.count)
      var mom = momentum ? Array(repeating: make(), count: groups.count) : []
      let columns = simulation.valueColumns
      let extraStart = columns.count - (simulation.training?.columns.count ?? 0)
      let lossColumns = loss ? columns.indices.filter { $0 >= extraStart && columns[$0].hasSuffix("_loss") } : []
      var losses = Array(repeating: make(), count: lossColumns.count)
      let metricDriven = PhaseMarkers.isMetricDriven(run)
      var reductions: [PhaseMarker] = []
      var previous = Double.nan
      do {
        try simulation.run { row in
          let xv = x == "step" ? Double(row.step) : row.epoch
          for g in row.lrs.indices { lr[g].add(xv, row.lrs[g]) }
          for g in row.momenta.indices where g < mom.count { mom[g].add(xv, row.momenta[g]) }
          for (k, c) in lossColumns.enumerated() {
            let v = row.extras[c - extraStart]
            if !SimulationRow.isMissing(v) { losses[k].add(xv, v) }
          }
          if metricDriven, let first = row.lrs.first {
            if first < previous && reductions.count <= PhaseMarkers.maximumCount {
              reductions.append(PhaseMarker(step: row.step, label: "reduce"))
            }
            previous = first
          }
        }
      } catch let error as SpecError {
        throw Failure(error)
      }
      let name = spec.name ?? label(spec.scheduler)
      var series: [ChartSeries] = []
      for (g, d) in lr.enumerated() {
        let (xs, ys) = d.points
        let n = groups.count == 1 ? name : "\(name) [\(groups[g].name)]"
        series.append(ChartSeries(name: n, xs: xs, ys: ys, colorIndex: colorBase + g))
      }
      for (g, d) in mom.enumerated() {
        let (xs, ys) = d.points
        let base = named ? "\(name): momentum" : "momentum"
        let n = groups.count == 1 ? base : "\(base) [\(groups[g].name)]"
        series.append(ChartSeries(name: n, xs: xs, ys: ys, colorIndex: colorBase + g, style: .dashed, axis: .secondary))
      }
      for (k, c) in lossColumns.enumerated() {
        let (xs, ys) = losses[k].points
        series.append(
          ChartSeries(
            name: named ? "\(name): \(columns[c])" : columns[c], xs: xs, ys: ys,
            colorIndex: colorBase + groups.count + k, axis: .secondary))
      }
      let found = metricDriven ? (reductions.count > PhaseMarkers.maximumCount ? [] : reductions) : PhaseMarkers.markers(for: run)
      let markers = found.map { m in
        ChartMarker(x: x == "step" ? Double(m.step) : Double(m.step) / perEpoch, label: m.label)
      }
      return Simulated(series: series, markers: markers, name: name)
    }

    /// A legend label: the scheduler's type and its first few scalar arguments.
    static func label(_ scheduler: JSONValue) -> String {
      guard case .object(let members) = scheduler, case .string(let type)? = scheduler["type"] else { return "schedule" }
      let args = members.filter { $0.key != "type" && $0.key != "name" && $0.value.isScalar }
        .prefix(3).map { "\($0.key)=\(JSONWriter.format($0.value))" }
      let nested: [String]
      if case .array(let children)? = scheduler["schedulers"] {
        nested = children.map { c in
          if case .string(let t)? = c["type"] { return t }
          return "?"
        }
      } else {
        nested = []
      }
      let inner = nested.isEmpty ? args : ["[" + nested.joined(separator: ", ") + "]"] + args
      return "\(type)(\(inner.joined(separator: ", ")))"
    }
  }
}
