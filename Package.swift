// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "lrsched",
  products: [
    .executable(name: "lrsched", targets: ["lrsched"]),
    .library(name: "LRSchedCore", targets: ["LRSchedCore"]),
    .library(name: "LRSchedPlot", targets: ["LRSchedPlot"]),
    .library(name: "LRSchedCharts", targets: ["LRSchedCharts"]),
    .library(name: "LRSchedLogs", targets: ["LRSchedLogs"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/apple/swift-protobuf", from: "1.39.0"),
  ],
  targets: [
    // The safe evaluator for Python-subset expressions (`lr_lambda`, `scale_fn`).
    .target(name: "PyExpression"),
    // The engine: optimizers, schedulers of every library, specs and simulation.
    .target(name: "LRSchedCore", dependencies: ["PyExpression"]),
    // Configs people already have: YAML specs, Hugging Face Trainer, timm and Lightning configs.
    .target(
      name: "LRSchedConfigs",
      dependencies: ["LRSchedCore", .product(name: "Yams", package: "Yams")]),
    // Training logs (CSV, trainer_state.json, TensorBoard events) read, aligned and checked
    // against a plan; TensorBoard event files written.
    .target(
      name: "LRSchedLogs",
      dependencies: ["LRSchedCore", .product(name: "SwiftProtobuf", package: "swift-protobuf")],
      exclude: ["Proto/event.proto"]),
    // The plotting model (ticks, decimation, markers) and the terminal braille canvas.
    .target(name: "LRSchedPlot"),
    // Debian's libcairo2-dev, the only C in the package.
    .systemLibrary(
      name: "CCairo",
      pkgConfig: "cairo",
      providers: [.apt(["libcairo2-dev"])]),
    // Renders a plot model to PNG, SVG or PDF through Cairo.
    .target(name: "LRSchedCairo", dependencies: ["CCairo", "LRSchedPlot"]),
    // `lrsched export`: specs written as the libraries' own Python.
    .target(name: "LRSchedExport", dependencies: ["LRSchedCore"]),
    // Writing what the commands print: atomic files, checked standard output, signals, terminals.
    .target(name: "LRSchedOutput", dependencies: ["LRSchedCore"]),
    // The `lrsched` subcommands.
    .target(
      name: "LRSchedCommands",
      dependencies: [
        "LRSchedCore", "LRSchedConfigs", "LRSchedPlot", "LRSchedCairo", "LRSchedExport", "LRSchedOutput", "LRSchedCharts",
        "LRSchedLogs",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Charts of runs, CSV logs and range tests: what `plot` and `find-lr` draw.
    .target(name: "LRSchedCharts", dependencies: ["LRSchedCore", "LRSchedPlot", "LRSchedLogs"]),
    .executableTarget(name: "lrsched", dependencies: ["LRSchedCommands"]),
    // Helpers only tests use: decoding rendered PNGs.
    .target(
      name: "LRSchedTestSupport", dependencies: ["CCairo", "LRSchedCairo", "LRSchedPlot"],
      path: "Tests/LRSchedTestSupport"),

    .testTarget(name: "PyExpressionTests", dependencies: ["PyExpression", "LRSchedCore"]),
    .testTarget(
      name: "LRSchedCoreTests", dependencies: ["LRSchedCore"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "LRSchedConfigsTests", dependencies: ["LRSchedConfigs", "LRSchedCore"],
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "LRSchedLogsTests", dependencies: ["LRSchedLogs", "LRSchedCore", "LRSchedCharts"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "LRSchedPlotTests", dependencies: ["LRSchedPlot"]),
    .testTarget(
      name: "LRSchedCairoTests",
      dependencies: ["LRSchedCairo", "LRSchedPlot", "LRSchedCharts", "LRSchedConfigs", "LRSchedCore", "LRSchedTestSupport"]),
    .testTarget(
      name: "LRSchedCommandsTests",
      dependencies: ["LRSchedCommands", "LRSchedCore", "LRSchedCairo", "LRSchedTestSupport"]),
  ]
)
