import Foundation

@testable import LRSchedPlot

/// Charts like those `lrsched plot` and `lrsched find-lr` draw, for the terminal renderer's tests.
enum TerminalChartFixtures {
  static let epochs = (0...100).map(Double.init)

  /// Up to five schedules over 100 epochs, all starting at 0.1, with their phase markers:
  /// cosine, StepLR (decays at 33 and 66), a one-cycle triangle (peak at 30), exponential decay
  /// and ConstantLR (factor 0.3 until 20).
  static func overlay(_ count: Int, logY: Bool = false) -> Chart {
    let curves: [(String, [Double], [ChartMarker])] = [
      ("CosineAnnealingLR(T_max=100)", epochs.map { 0.05 * (1 + cos(.pi * $0 / 100)) }, []),
      (
        "StepLR(step_size=33)", epochs.map { 0.1 * pow(0.1, Double(Int($0) / 33)) },
        [33, 66].map { ChartMarker(x: $0, label: "decay · StepLR", colorIndex: 1) }
      ),
      (
        "OneCycleLR(max_lr=0.1)",
        epochs.map { $0 < 30 ? 0.004 + 0.096 * $0 / 30 : 0.1 * (100 - $0) / 70 + 1e-4 },
        [ChartMarker(x: 30, label: "peak · OneCycleLR", colorIndex: 2)]
      ),
      ("ExponentialLR(gamma=0.95)", epochs.map { 0.1 * pow(0.95, $0) }, []),
      (
        "ConstantLR(factor=0.3)", epochs.map { $0 < 20 ? 0.03 : 0.1 },
        [ChartMarker(x: 20, label: "factor end · ConstantLR", colorIndex: 4)]
      ),
    ]
    let used = curves.prefix(count)
    return Chart(
      title: "Learning-rate schedules", xLabel: "epoch", yLabel: "learning rate", logY: logY,
      series: used.enumerated().map { index, curve in
        ChartSeries(name: curve.0, xs: epochs, ys: curve.1, colorIndex: index, drawStyle: .steps)
      },
      markers: used.flatMap(\.2))
  }

  /// A one-cycle schedule with its momentum in a panel below, of the same colour and dashed.
  static func momentum() -> Chart {
    let lr = epochs.map { $0 < 30 ? 0.04 + 0.76 * $0 / 30 : 0.8 * (100 - $0) / 70 }
    let momentum = epochs.map { $0 < 30 ? 0.95 - 0.1 * $0 / 30 : 0.85 + 0.1 * ($0 - 30) / 70 }
    return Chart(
      title: "OneCycle", xLabel: "epoch", yLabel: "learning rate",
      series: [
        ChartSeries(name: "OneCycle", xs: epochs, ys: lr, colorIndex: 0, drawStyle: .steps),
        ChartSeries(
          name: "momentum", xs: epochs, ys: momentum, colorIndex: 0, style: .dashed,
          axis: .secondary, drawStyle: .steps),
      ],
      markers: [ChartMarker(x: 30, label: "peak")], secondaryYLabel: "momentum")
  }

  /// Warmup and cosine with train and validation losses in a panel below, in the run's colour
  /// (validation dashed).
  static func loss() -> Chart {
    let lr = epochs.map { $0 < 10 ? 0.5 * $0 / 10 : 0.25 * (1 + cos(.pi * ($0 - 10) / 90)) }
    let train = epochs.map { 0.2 + 0.8 * exp(-$0 / 8) + 0.05 * sin($0 * 1.7) }
    let validation = epochs.map { 0.25 + 0.7 * exp(-$0 / 10) }
    return Chart(
      title: "warmup + cosine", xLabel: "epoch", yLabel: "learning rate",
      series: [
        ChartSeries(name: "warmup + cosine", xs: epochs, ys: lr, colorIndex: 0),
        ChartSeries(name: "train_loss", xs: epochs, ys: train, colorIndex: 0, axis: .secondary, faded: true),
        ChartSeries(name: "val_loss", xs: epochs, ys: validation, colorIndex: 0, style: .dashed, axis: .secondary),
      ],
      secondaryYLabel: "loss")
  }

  /// A plan of two parameter groups and a logged run of each, dotted in the plan's colours.
  static func planAndLog() -> Chart {
    let first = epochs.map { 0.1 * pow(0.5, Double(Int($0) / 25)) }
    let second = first.map { $0 / 10 }
    let logged = epochs.map { $0 < 60 ? 0.1 * pow(0.5, Double(Int($0) / 25)) : 0.02 }
    return Chart(
      title: "plan and its run", xLabel: "epoch", yLabel: "learning rate",
      series: [
        ChartSeries(name: "plan [decay]", xs: epochs, ys: first, colorIndex: 0, drawStyle: .steps),
        ChartSeries(name: "plan [no_decay]", xs: epochs, ys: second, colorIndex: 1, drawStyle: .steps),
        ChartSeries(
          name: "run lr-pg1", xs: epochs, ys: logged, colorIndex: 0, style: .dotted,
          drawStyle: .steps),
        ChartSeries(
          name: "run lr-pg2", xs: epochs, ys: second, colorIndex: 1, style: .dotted,
          drawStyle: .steps),
      ])
  }

  /// The suggestions of `lrsched find-lr`'s default run: marker label, learning rate.
  static let suggestions: [(String, Double)] = [
    ("steepest 0.201", 0.20092330025650457), ("minimum 0.394", 0.39442060594376555),
    ("valley 0.00132", 0.0013219411484660286),
  ]

  /// A range test's chart as `RangeTestChart` draws it: loss against the learning rate on a log
  /// axis from 1e-7 to 10, a marker per suggestion labelled with its name and rate.
  static func rangeTest(_ suggestions: [(String, Double)] = suggestions) -> Chart {
    let exponents = (0..<100).map { -7 + 8 * Double($0) / 99 }
    let ys = exponents.map { x in x < -3 ? 0.69 : x < 0.7 ? 0.69 - 0.09 * (x + 3) * (x + 3) / 3 : 0.2 }
    return Chart(
      title: "loss against learning rate", xLabel: "learning rate", yLabel: "loss", logX: true,
      series: [ChartSeries(name: "loss", xs: exponents.map { pow(10, $0) }, ys: ys)],
      markers: suggestions.map { ChartMarker(x: $0.1, label: $0.0) })
  }

  /// Every chart the structural tests draw, by name.
  static func all() -> [(String, Chart)] {
    (2...5).map { ("overlay of \($0)", overlay($0)) } + [
      ("log-y overlay", overlay(3, logY: true)), ("momentum", momentum()), ("loss", loss()),
      ("plan and log", planAndLog()), ("range test", rangeTest()),
    ]
  }
}
