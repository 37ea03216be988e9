import Foundation
import LRSchedTestSupport
import Testing

/// Every spec of `examples/gallery/` renders to a PNG whose plot shows its curve.
@Suite struct GalleryTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("examples/gallery")

  static let specs: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted()
  }()

  @Test func everyPyTorchSchedulerHasASpec() {
    #expect(Self.specs.count == 15)
  }

  @Test(arguments: specs)
  func rendersToAPNG(spec: String) throws {
    let output = try CLI.temporaryDirectory().appendingPathComponent("chart.png").path
    let r = try CLI.run(["plot", "--spec", Self.directory.appendingPathComponent(spec).path, "--quiet", "-o", output])
    #expect(r.status == 0 && !r.crashed, "\(r.stderr)")
    let image = try PNGImage.load(path: output)
    #expect(image.width == 640 && image.height == 480)
  }
}
