import CCairo

/// Turns cairo status codes into thrown errors.
enum CairoStatus {
  /// Throws ``CairoPlotError/cairo(operation:status:)`` unless `status` is success.
  static func check(_ status: cairo_status_t, _ operation: String) throws {
    guard status != CAIRO_STATUS_SUCCESS else { return }
    let message =
      cairo_status_to_string(status).map { String(cString: $0) } ?? "status \(status.rawValue)"
    throw CairoPlotError.cairo(operation: operation, status: message)
  }
}
