import CCairo
import LRSchedCairo

/// A decoded PNG, for checking rendered output: pixels row by row from the top-left.
public struct PNGImage: Sendable {
  public let width: Int
  public let height: Int
  public let pixels: [RGBAPixel]

  /// Decodes the PNG at `path` through Cairo.
  public static func load(path: String) throws -> PNGImage {
    guard let loaded = cairo_image_surface_create_from_png(path) else {
      throw CairoPlotError.cairo(operation: "read the PNG \(path)", status: "no memory")
    }
    defer { cairo_surface_destroy(loaded) }
    try check(cairo_surface_status(loaded), "read the PNG \(path)")
    let width = Int(cairo_image_surface_get_width(loaded))
    let height = Int(cairo_image_surface_get_height(loaded))
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))
    else {
      throw CairoPlotError.cairo(operation: "create a surface", status: "no memory")
    }
    defer { cairo_surface_destroy(surface) }
    try check(cairo_surface_status(surface), "create a surface")
    guard let context = cairo_create(surface) else {
      throw CairoPlotError.cairo(operation: "create a context", status: "no memory")
    }
    cairo_set_operator(context, CAIRO_OPERATOR_SOURCE)
    cairo_set_source_surface(context, loaded, 0, 0)
    cairo_paint(context)
    let status = cairo_status(context)
    cairo_destroy(context)
    try check(status, "decode the PNG \(path)")
    cairo_surface_flush(surface)
    let stride = Int(cairo_image_surface_get_stride(surface))
    guard let data = cairo_image_surface_get_data(surface) else {
      throw CairoPlotError.cairo(operation: "read pixels of \(path)", status: "no data")
    }
    var pixels: [RGBAPixel] = []
    pixels.reserveCapacity(width * height)
    for y in 0..<height {
      let row = UnsafeRawPointer(data + y * stride).assumingMemoryBound(to: UInt32.self)
      for x in 0..<width {
        pixels.append(unpremultiplied(row[x]))
      }
    }
    return PNGImage(width: width, height: height, pixels: pixels)
  }

  /// The pixel at (x, y), or `nil` outside the image.
  public subscript(x: Int, y: Int) -> RGBAPixel? {
    guard x >= 0, y >= 0, x < width, y < height else { return nil }
    return pixels[y * width + x]
  }

  static func unpremultiplied(_ argb: UInt32) -> RGBAPixel {
    let alpha = UInt8(truncatingIfNeeded: argb >> 24)
    func channel(_ shift: UInt32) -> UInt8 {
      let value = UInt32(UInt8(truncatingIfNeeded: argb >> shift))
      guard alpha != 0 else { return 0 }
      return UInt8(min(255, (value * 255 + UInt32(alpha) / 2) / UInt32(alpha)))
    }
    return RGBAPixel(red: channel(16), green: channel(8), blue: channel(0), alpha: alpha)
  }

  private static func check(_ status: cairo_status_t, _ operation: String) throws {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    let message = cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
    throw CairoPlotError.cairo(operation: operation, status: message)
  }
}
