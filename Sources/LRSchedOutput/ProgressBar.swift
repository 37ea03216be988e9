#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
public struct ProgressBar {
  private let total: Int
  private let enabled: Bool
  private var lastPercent = -1

  public init(total: Int, enabled: Bool) {
    self.total = max(total, 1)
    self.enabled = enabled && Terminal.isTTY(STDERR_FILENO)
  }

  /// Redraws the bar for `done` of `total` when the whole percentage changed.
  public mutating func update(_ done: Int) {
    guard enabled else { return }
    let percent = Int(Double(done) / Double(total) * 100)
    guard percent != lastPercent else { return }
    lastPercent = percent
    let width = 30
    let filled = width * percent / 100
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    StandardError.write("\r\(bar) \(percent)%")
  }

  /// Clears the bar.
  public func finish() {
    guard enabled else { return }
    StandardError.write("\r\u{1B}[2K")
  }
}
