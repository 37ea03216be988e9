import ArgumentParser
import LRSchedCairo

/// An image's size and resolution, shared by the commands that write charts.
struct ImageSizeOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Image size in pixels, e.g. 1280x720 (default 640x480).", valueName: "WxH"))
  var size: String?

  @Option(help: "Image resolution: fonts and lines scale with it.")
  var dpi: Double = 100

  func validate() throws {
    if let size, Self.parseSize(size) == nil {
      throw ValidationError("--size takes WIDTHxHEIGHT in pixels between 32 and 10000, e.g. 1280x720; got '\(size)'")
    }
    if !(dpi.isFinite && dpi >= 10 && dpi <= 1200) { throw ValidationError("--dpi must be between 10 and 1200") }
  }

  /// The renderer's options: `--size` at `--dpi`, else 6.4 × 4.8 inches at `--dpi`.
  var options: ImageOptions {
    guard let (w, h) = size.flatMap(Self.parseSize) else { return ImageOptions(dpi: dpi) }
    return ImageOptions(pixelWidth: w, pixelHeight: h, dpi: dpi)
  }

  /// `WxH` in pixels.
  static func parseSize(_ text: String) -> (Int, Int)? {
    let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
    guard parts.count == 2, let w = Int(parts[0]), let h = Int(parts[1]),
      (32...10_000).contains(w), (32...10_000).contains(h)
    else { return nil }
    return (w, h)
  }
}
