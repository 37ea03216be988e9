import Foundation
import LRSchedCairo
import LRSchedPlot
import LRSchedTestSupport
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// `lrsched plot` end to end: terminal charts, image files, overlays and markers.
@Suite struct PlotTests {
  static let twoSpecs: [String] = {
    let a = #"{"name": "cosine", "epochs": 50, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "CosineAnnealingLR", "T_max": 50}}"#
    let b = #"{"name": "step", "epochs": 50, "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": {"type": "StepLR", "step_size": 20, "gamma": 0.1}}"#
    return [(try? CLI.file(a, name: "a.json")) ?? "", (try? CLI.file(b, name: "b.json")) ?? ""]
  }()

  @Test func terminalChartReadsWithoutColourCodesWhenPiped() throws {
    let r = try CLI.run(["plot", "--scheduler", "cosine", "--epochs", "100", "--width", "60", "--height", "16"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(!r.stdout.contains("\u{1B}"))
    #expect(r.stdout.contains("0.10 ┤"))
    #expect(r.stdout.contains("CosineAnnealingLR(T_max=100"))
    #expect(r.stdout.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "braille dots")
  }

  @Test func colourAlwaysUsesEscapeCodes() throws {
    let r = try CLI.run(["plot", "--scheduler", "cosine", "--width", "60", "--height", "16", "--color", "always"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("\u{1B}["))
  }

  @Test func twoSpecsOnOnePNGHaveTwoColoursAndALegend() throws {
    let dir = try CLI.temporaryDirectory()
    let png = dir.appendingPathComponent("two.png").path
    let r = try CLI.run(["plot", "--spec", Self.twoSpecs[0], "--spec", Self.twoSpecs[1], "-o", png])
    #expect(r.status == 0, "\(r.stderr)")
    let image = try PNGImage.load(path: png)
    #expect(image.width == 640 && image.height == 480)
    func count(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> Int {
      image.pixels.filter { Int($0.red) - Int(red) == 0 && Int($0.green) - Int(green) == 0 && Int($0.blue) - Int(blue) == 0 }.count
    }
    #expect(count(0x1f, 0x77, 0xb4) > 200, "the first series in tab10 blue")
    #expect(count(0xff, 0x7f, 0x0e) > 200, "the second series in tab10 orange")
  }

  /// `--loss` of two runs: each run's losses in its own colour, so the image holds tab10's first
  /// two colours only.
  @Test func lossesTakeTheirRunsColours() throws {
    let spec = { (name: String, optimizer: String) in
      #"{"name": "\#(name)", "epochs": 12, "optimizer": {"type": "\#(optimizer)", "lr": 0.05, "weight_decay": 0.1}, "#
        + #""scheduler": {"type": "CosineAnnealingLR", "T_max": 12}, "train": {"samples": 200, "features": 4, "seed": 3}}"#
    }
    let a = try CLI.file(spec("Adam", "Adam"), name: "adam.json")
    let b = try CLI.file(spec("AdamW", "AdamW"), name: "adamw.json")
    let png = try CLI.temporaryDirectory().appendingPathComponent("loss.png").path
    let r = try CLI.run(["plot", "--spec", a, "--spec", b, "--loss", "--quiet", "-o", png])
    #expect(r.status == 0, "\(r.stderr)")
    let image = try PNGImage.load(path: png)
    var counts: [Int: Int] = [:]
    for pixel in image.pixels {
      for index in 0..<6 where SeriesPalette.rgb(index) == RGBColor(hex: UInt32(pixel.red) << 16 | UInt32(pixel.green) << 8 | UInt32(pixel.blue)) {
        counts[index, default: 0] += 1
      }
    }
    #expect(counts[0, default: 0] > 200 && counts[1, default: 0] > 200, "\(counts)")
    #expect((2..<6).allSatisfy { counts[$0] == nil }, "\(counts)")
  }

  @Test(arguments: ["svg", "pdf"])
  func vectorFormats(_ format: String) throws {
    let dir = try CLI.temporaryDirectory()
    let path = dir.appendingPathComponent("lr.\(format)").path
    let r = try CLI.run(["plot", "--scheduler", "onecycle", "--interval", "step", "--epochs", "100", "--steps-per-epoch", "1000", "-o", path])
    #expect(r.status == 0, "\(r.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.count < 400_000, "100,000 steps decimated: \(data.count) bytes")
    if format == "pdf" {
      #expect(data.starts(with: Data("%PDF".utf8)))
      #expect(String(decoding: data, as: UTF8.self).contains("/Type /Page"))
    } else {
      let parser = XMLParser(data: data)
      #expect(parser.parse(), "well-formed XML")
      #expect(String(decoding: data, as: UTF8.self).contains("width=\"640"))
    }
  }

  @Test func csvOverlayOfASimulatedRun() throws {
    let csv = try CLI.run(["simulate", "--scheduler", "step", "--epochs", "30", "--param", "step_size=10"])
    let path = try CLI.file(csv.stdout, name: "log.csv")
    let r = try CLI.run(["plot", "--scheduler", "cosine", "--epochs", "30", "--csv", path, "--width", "60", "--height", "18"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("log.csv"))
  }

  @Test func markersAreLabelled() throws {
    let r = try CLI.run(["plot", "--scheduler", "multistep", "--epochs", "100", "--param", "milestones=[30,60]", "--width", "80", "--height", "16"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("milestone"))
    let hidden = try CLI.run(["plot", "--scheduler", "multistep", "--epochs", "100", "--param", "milestones=[30,60]", "--width", "80", "--height", "16", "--no-markers"])
    #expect(!hidden.stdout.contains("milestone"))
  }

  @Test func failedImageWriteLeavesNothing() throws {
    let dir = try CLI.temporaryDirectory()
    let r = try CLI.run(["plot", "--scheduler", "cosine", "-o", dir.appendingPathComponent("no/such/dir/x.png").path])
    #expect(r.status == 3)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
  }
}
