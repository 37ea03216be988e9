import LRSchedCairo
import Testing

@Suite struct ImageFormatTests {
  @Test func formatsAreInferredFromExtensions() {
    #expect(ImageFormat.inferred(fromPath: "/tmp/lr.png") == .png)
    #expect(ImageFormat.inferred(fromPath: "plots/LR.SVG") == .svg)
    #expect(ImageFormat.inferred(fromPath: "a.b.pdf") == .pdf)
    #expect(ImageFormat.inferred(fromPath: "lr.jpg") == nil)
    #expect(ImageFormat.inferred(fromPath: "lr") == nil)
  }

  @Test func defaultSizeIsMatplotlibs() {
    let options = ImageOptions()
    #expect(options.pixelWidth == 640)
    #expect(options.pixelHeight == 480)
    #expect(abs(options.widthPoints - 460.8) < 1e-9)
  }

  @Test func pixelSizesAndClamping() {
    let options = ImageOptions(pixelWidth: 1200, pixelHeight: 800, dpi: 200)
    #expect(options.pixelWidth == 1200)
    #expect(options.pixelHeight == 800)
    #expect(abs(options.widthInches - 6) < 1e-12)
    let wild = ImageOptions(widthInches: .infinity, heightInches: -3, dpi: .nan)
    #expect(wild.effectiveDPI == 100)
    #expect(ImageOptions.pixelRange.contains(wild.pixelWidth))
    #expect(ImageOptions.pixelRange.contains(wild.pixelHeight))
    let huge = ImageOptions(widthInches: 1e12, heightInches: 1e12, dpi: 1e9)
    #expect(huge.pixelWidth == ImageOptions.pixelRange.upperBound)
  }
}
