#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Watches logs that a training run is still writing: `follow` calls `redraw` once at the start
/// and again whenever a log's size or modification time changes, until interrupted.
public struct LogFollower: Sendable {
  public let paths: [String]
  /// How long to wait between looks, in microseconds.
  public let interval: UInt32

  public init(paths: [String], interval: UInt32 = 500_000) {
    self.paths = paths
    self.interval = interval
  }

  /// Runs until the process is interrupted (SIGINT, SIGTERM and SIGHUP end it again where the
  /// parent blocked or ignored them); `redraw` gets `true` the first time.
  public func follow(_ redraw: (_ first: Bool) throws -> Void) throws -> Never {
    Self.restoreInterrupts()
    var last: [LogStamp] = []
    var first = true
    while true {
      let stamps = paths.map { LogStamp(path: $0) }
      if stamps != last {
        last = stamps
        try redraw(first)
        first = false
      }
      _ = usleep(interval)
    }
  }

  private static func restoreInterrupts() {
    var set = sigset_t()
    sigemptyset(&set)
    for s in [SIGINT, SIGTERM, SIGHUP] {
      sigaddset(&set, s)
      signal(s, SIG_DFL)
    }
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
  }
}
