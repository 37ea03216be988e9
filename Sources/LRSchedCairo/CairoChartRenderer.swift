import CCairo
import Foundation
import LRSchedPlot

/// Renders a ``Chart`` to PNG, SVG or PDF through Cairo, styled after
/// matplotlib's defaults: white background, title, axis labels, outward
/// ticks with nice labels, a light grid, a legend box in the emptiest
/// corner, tab10 colours, dashed marker lines labelled where there is room,
/// decade ticks on log axes, and secondary-axis series in a panel below the
/// main one sharing its x axis. Series are decimated to min/max per device
/// pixel column, so vector files stay small however long the series.
///
/// An SVG is sized in px (pixel size = inches × dpi), a PDF page in points
/// (inches × 72); all three share one layout.
public struct CairoChartRenderer: Sendable {
  public var options: ImageOptions

  public init(options: ImageOptions = ImageOptions()) {
    self.options = options
  }

  /// The geometry `write` would use for `chart`.
  public func layout(for chart: Chart) throws -> CairoChartLayout {
    let context = try CairoContext.measuring()
    return CairoChartLayout.placingLegends(chart: chart, options: options, context: context)
  }

  /// Writes `chart` to `path` atomically: it is rendered to a temporary file
  /// in the same directory, which then replaces `path` by `rename`. On any
  /// failure the temporary file is removed, `path` is left as it was, and a
  /// ``CairoPlotError`` is thrown. A `path` that exists and is not a regular
  /// file (`/dev/null`, a pipe) is written in place, never replaced.
  public func write(_ chart: Chart, toPath path: String, format: ImageFormat) throws {
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
      try render(chart, format: format, toPath: path)
      return
    }
    let destination = URL(fileURLWithPath: path).standardizedFileURL
    let directory = destination.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw CairoPlotError.directoryNotFound(directory) }
    guard access(directory, W_OK) == 0 else { throw CairoPlotError.directoryNotWritable(directory) }
    if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw CairoPlotError.destinationIsDirectory(destination.path)
    }
    let temporary =
      directory + "/." + destination.lastPathComponent + "." + UUID().uuidString + ".tmp"
    do {
      try render(chart, format: format, toPath: temporary)
      guard rename(temporary, destination.path) == 0 else {
        throw CairoPlotError.fileSystem(
          operation: "rename onto", path: destination.path, reason: String(cString: strerror(errno))
        )
      }
    } catch {
      unlink(temporary)
      throw error
    }
  }

  /// Writes `chart` to `url` atomically; see ``write(_:toPath:format:)``.
  public func write(_ chart: Chart, to url: URL, format: ImageFormat) throws {
    try write(chart, toPath: url.path, format: format)
  }

  /// Writes `chart` in the format named by the path's extension.
  public func write(_ chart: Chart, toPath path: String) throws {
    guard let format = ImageFormat.inferred(fromPath: path) else {
      throw CairoPlotError.fileSystem(
        operation: "infer an image format (png, svg or pdf) for", path: path,
        reason: "unknown extension")
    }
    try write(chart, toPath: path, format: format)
  }

  /// The encoded image of `chart`, rendered in memory (for writing to
  /// standard output, say).
  public func data(for chart: Chart, format: ImageFormat) throws -> Data {
    let buffer = CairoOutput.MemoryBuffer()
    try withExtendedLifetime(buffer) {
      try render(chart, format: format, toPath: "", output: .memory(buffer))
    }
    return buffer.data
  }

  /// Renders straight to `path` (not atomic).
  func render(_ chart: Chart, format: ImageFormat, toPath path: String) throws {
    try render(chart, format: format, toPath: path, output: .file(path))
  }

  private func render(
    _ chart: Chart, format: ImageFormat, toPath path: String, output: CairoOutput
  ) throws {
    let measuring = try CairoContext.measuring()
    let layout = CairoChartLayout.placingLegends(chart: chart, options: options, context: measuring)
    let target = output.description
    var closure: UnsafeMutableRawPointer?
    if case .memory(let buffer) = output {
      closure = Unmanaged.passUnretained(buffer).toOpaque()
    }
    let surface: OpaquePointer?
    switch (format, output) {
    case (.png, _):
      surface = cairo_image_surface_create(
        CAIRO_FORMAT_ARGB32, Int32(options.pixelWidth), Int32(options.pixelHeight))
    case (.svg, .file):
      surface = cairo_svg_surface_create(
        path, Double(options.pixelWidth), Double(options.pixelHeight))
    case (.svg, .memory):
      surface = cairo_svg_surface_create_for_stream(
        CairoOutput.appendToBuffer, closure, Double(options.pixelWidth),
        Double(options.pixelHeight))
    case (.pdf, .file):
      surface = cairo_pdf_surface_create(path, options.widthPoints, options.heightPoints)
    case (.pdf, .memory):
      surface = cairo_pdf_surface_create_for_stream(
        CairoOutput.appendToBuffer, closure, options.widthPoints, options.heightPoints)
    }
    guard let surface else {
      throw CairoPlotError.cairo(operation: "create a \(format) surface", status: "no memory")
    }
    defer { cairo_surface_destroy(surface) }
    try CairoStatus.check(cairo_surface_status(surface), "create the \(format) output \(target)")
    switch format {
    case .png:
      try paint(chart, layout: layout, surface: surface, scale: layout.pixelsPerPoint)
      cairo_surface_flush(surface)
      let status: cairo_status_t
      switch output {
      case .file: status = cairo_surface_write_to_png(surface, path)
      case .memory:
        status = cairo_surface_write_to_png_stream(surface, CairoOutput.appendToBuffer, closure)
      }
      try CairoStatus.check(status, "write the PNG \(target)")
    case .svg:
      cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX)
      try paint(chart, layout: layout, surface: surface, scale: layout.pixelsPerPoint)
      cairo_surface_finish(surface)
      try CairoStatus.check(cairo_surface_status(surface), "write the SVG \(target)")
    case .pdf:
      try paint(chart, layout: layout, surface: surface, scale: options.sizeScale)
      cairo_surface_finish(surface)
      try CairoStatus.check(cairo_surface_status(surface), "write the PDF \(target)")
    }
  }

  private func paint(
    _ chart: Chart, layout: CairoChartLayout, surface: OpaquePointer, scale: Double
  ) throws {
    let context = try CairoContext(surface: surface, scale: scale)
    try CairoChartPainter(chart: chart, layout: layout, context: context).paint()
    try CairoStatus.check(cairo_surface_status(surface), "draw on the surface")
  }
}
