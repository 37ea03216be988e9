import CCairo
import Foundation
import LRSchedPlot

/// A cairo drawing context in points, with the text and path helpers the
/// chart painter needs. Owns the `cairo_t`; the surface is owned by the caller.
final class CairoContext {
  static let fontFamily = "DejaVu Sans"

  let cr: OpaquePointer

  /// A context on `surface`, scaled by `scale` device units per point.
  init(surface: OpaquePointer, scale: Double) throws {
    guard let context = cairo_create(surface) else {
      throw CairoPlotError.cairo(operation: "create a context", status: "no memory")
    }
    cr = context
    try CairoStatus.check(cairo_status(cr), "create a context")
    cairo_scale(cr, scale, scale)
    if let options = cairo_font_options_create() {
      cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
      cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
      cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
      cairo_set_font_options(cr, options)
      cairo_font_options_destroy(options)
    }
    setFont(size: 10)
  }

  /// A context on a 1 × 1 scratch surface, for measuring text.
  static func measuring() throws -> CairoContext {
    guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1) else {
      throw CairoPlotError.cairo(operation: "create a surface", status: "no memory")
    }
    defer { cairo_surface_destroy(surface) }
    try CairoStatus.check(cairo_surface_status(surface), "create a surface")
    return try CairoContext(surface: surface, scale: 1)
  }

  deinit {
    cairo_destroy(cr)
  }

  func checkStatus(_ operation: String) throws {
    try CairoStatus.check(cairo_status(cr), operation)
  }

  func setColor(_ color: RGBColor, alpha: Double = 1) {
    let (red, green, blue) = color.components
    cairo_set_source_rgba(cr, red, green, blue, alpha)
  }

  func setFont(size: Double, bold: Bool = false) {
    cairo_select_font_face(
      cr, Self.fontFamily, CAIRO_FONT_SLANT_NORMAL,
      bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL)
    cairo_set_font_size(cr, size)
  }

  /// Ascent and descent of the current font.
  var fontExtents: (ascent: Double, descent: Double) {
    var extents = cairo_font_extents_t()
    cairo_font_extents(cr, &extents)
    return (extents.ascent, extents.descent)
  }

  /// Advance width and ink box (relative to the origin) of `text` in the current font.
  func measure(_ text: String) -> (advance: Double, inkTop: Double, inkBottom: Double) {
    var extents = cairo_text_extents_t()
    cairo_text_extents(cr, text, &extents)
    return (extents.x_advance, extents.y_bearing, extents.y_bearing + extents.height)
  }

  func width(_ text: String) -> Double { measure(text).advance }

  /// Draws `text` with `anchor` at `point`, rotated by `angle` radians
  /// (negative turns it counter-clockwise, i.e. reading upwards).
  func show(_ text: String, at point: PlotPoint, anchor: TextAnchor, angle: Double = 0) {
    guard !text.isEmpty, point.x.isFinite, point.y.isFinite else { return }
    let metrics = measure(text)
    let dx: Double
    switch anchor.horizontal {
    case .left: dx = 0
    case .center: dx = -metrics.advance / 2
    case .right: dx = -metrics.advance
    }
    let dy: Double
    switch anchor.vertical {
    case .baseline: dy = 0
    case .top: dy = -metrics.inkTop
    case .middle: dy = -(metrics.inkTop + metrics.inkBottom) / 2
    case .bottom: dy = -metrics.inkBottom
    }
    cairo_save(cr)
    cairo_translate(cr, point.x, point.y)
    if angle != 0 { cairo_rotate(cr, angle) }
    cairo_move_to(cr, dx, dy)
    cairo_show_text(cr, text)
    cairo_restore(cr)
  }

  func strokeLine(_ a: PlotPoint, _ b: PlotPoint) {
    cairo_move_to(cr, a.x, a.y)
    cairo_line_to(cr, b.x, b.y)
    cairo_stroke(cr)
  }

  func rectangle(_ rect: PlotRect) {
    cairo_rectangle(cr, rect.minX, rect.minY, rect.width, rect.height)
  }

  func roundedRectangle(_ rect: PlotRect, radius: Double) {
    let r = max(0, min(radius, rect.width / 2, rect.height / 2))
    cairo_new_sub_path(cr)
    cairo_arc(cr, rect.maxX - r, rect.minY + r, r, -Double.pi / 2, 0)
    cairo_arc(cr, rect.maxX - r, rect.maxY - r, r, 0, Double.pi / 2)
    cairo_arc(cr, rect.minX + r, rect.maxY - r, r, Double.pi / 2, Double.pi)
    cairo_arc(cr, rect.minX + r, rect.minY + r, r, Double.pi, 3 * Double.pi / 2)
    cairo_close_path(cr)
  }

  func setDash(_ pattern: [Double], offset: Double = 0) {
    pattern.withUnsafeBufferPointer { buffer in
      cairo_set_dash(cr, buffer.baseAddress, Int32(buffer.count), offset)
    }
  }
}
