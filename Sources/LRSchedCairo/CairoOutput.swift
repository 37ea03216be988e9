import CCairo
import Foundation

/// Where a rendered image goes: a file Cairo writes itself, or memory.
enum CairoOutput {
  case file(String)
  case memory(MemoryBuffer)

  /// Bytes collected from Cairo's stream callbacks.
  final class MemoryBuffer {
    var data = Data()
  }

  /// The `cairo_write_func_t` that appends to the ``MemoryBuffer`` passed as closure.
  static let appendToBuffer: cairo_write_func_t = { closure, bytes, length in
    guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
    let buffer = Unmanaged<MemoryBuffer>.fromOpaque(closure).takeUnretainedValue()
    buffer.data.append(bytes, count: Int(length))
    return CAIRO_STATUS_SUCCESS
  }

  var description: String {
    switch self {
    case .file(let path): return path
    case .memory: return "memory"
    }
  }
}
