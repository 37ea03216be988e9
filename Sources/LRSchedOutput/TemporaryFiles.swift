#if canImport(Glibc)
import Glibc
#endif

/// The temporary files `lrsched` is writing, removed when a signal (SIGINT, SIGTERM, SIGHUP) or a
/// closed standard output ends it early.
///
/// Paths are kept as C strings in fixed slots so the signal handler only reads memory and calls
/// `unlink`, `signal` and `raise`, all async-signal-safe; it then re-raises the signal with its
/// default action, so the exit status is the usual one (130 for Ctrl-C, 143 for SIGTERM).
public enum TemporaryFiles {
  /// How many temporary files can be registered at once.
  static let capacity = 16

  nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
    let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
    p.initialize(repeating: nil, count: capacity)
    return p
  }()

  /// Installs the signal handlers and unblocks their signals (a parent may have blocked them,
  /// which would leave `lrsched` deaf to them); call once, before any file is registered.
  public static func installHandlers() {
    _ = slots
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    for sig in [SIGINT, SIGTERM, SIGHUP] {
      sigaddset(&unblocked, sig)
      var action = sigaction()
      action.__sigaction_handler.sa_handler = { sig in
        TemporaryFiles.removeAll()
        signal(sig, SIG_DFL)
        raise(sig)
      }
      sigemptyset(&action.sa_mask)
      action.sa_flags = 0
      sigaction(sig, &action, nil)
    }
    sigprocmask(SIG_UNBLOCK, &unblocked, nil)
  }

  /// Registers the NUL-terminated `path` for removal on a signal; returns its slot, or `nil`
  /// when every slot is taken (the file is then not removed on a signal).
  public static func register(_ path: [CChar]) -> Int? {
    for i in 0..<capacity where slots[i] == nil {
      let copy = UnsafeMutablePointer<CChar>.allocate(capacity: path.count)
      copy.initialize(from: path, count: path.count)
      slots[i] = copy
      return i
    }
    return nil
  }

  /// Forgets the file in `slot` (it was renamed into place or removed).
  public static func unregister(_ slot: Int) {
    guard let p = slots[slot] else { return }
    slots[slot] = nil
    p.deallocate()
  }

  /// Unlinks every registered file; async-signal-safe.
  public static func removeAll() {
    for i in 0..<capacity {
      if let p = slots[i] { unlink(p) }
    }
  }

  /// Ends the process as a closed pipe does when SIGPIPE is not ignored (status 141, no
  /// message), after removing the registered files: what `seq` and `cat` do under `| head`.
  public static func endForBrokenPipe() -> Never {
    removeAll()
    signal(SIGPIPE, SIG_DFL)
    raise(SIGPIPE)
    _exit(128 + SIGPIPE)
  }
}
