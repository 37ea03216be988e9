#if canImport(Glibc)
import Glibc
#endif

/// Checks of an output path made before writing, for a message that names the real cause.
public enum OutputPath {
  /// Why `path` cannot be written as a file, when the cause is the path itself: an existing
  /// folder, or a name ending in `/`; `nil` otherwise.
  public static func problem(_ path: String) -> String? {
    var info = stat()
    if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
      return "it is a folder; give the name of a file (in it, or elsewhere)"
    }
    if path.hasSuffix("/") { return "the name ends in '/', which names a folder; give the name of a file" }
    return nil
  }
}
