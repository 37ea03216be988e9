#if canImport(Glibc)
import Glibc
#endif

/// Facts about the terminal the command runs in.
public enum Terminal {
  /// Whether `fd` is a terminal.
  public static func isTTY(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// The terminal's size in cells: `COLUMNS`/`LINES` when set, else the tty's, else `nil`.
  public static func size(fd: Int32 = STDOUT_FILENO) -> (columns: Int, rows: Int)? {
    var ws = winsize()
    if ioctl(fd, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col > 0, ws.ws_row > 0 {
      let columns = environment("COLUMNS").flatMap { Int($0) } ?? Int(ws.ws_col)
      let rows = environment("LINES").flatMap { Int($0) } ?? Int(ws.ws_row)
      return (columns, rows)
    }
    if let c = environment("COLUMNS").flatMap({ Int($0) }) {
      return (c, environment("LINES").flatMap { Int($0) } ?? 24)
    }
    return nil
  }

  /// An environment variable's value.
  public static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }
}
