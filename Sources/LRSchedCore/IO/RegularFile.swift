#if canImport(Glibc)
import Glibc
#endif

/// Opens files for reading only when they are regular files, so that a FIFO, a device or a
/// directory named where a file is expected is refused at once instead of blocking or streaming.
public enum RegularFile {
  /// A `FILE *` (as an opaque pointer) reading `path`, or the reason it cannot be read: the
  /// system's `strerror` text or `not a regular file`.
  public static func openForReading(_ path: String) -> Result<OpaquePointer, FileError> {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard fd >= 0 else { return .failure(FileError(path: path, reason: String(cString: strerror(errno)))) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let reason = String(cString: strerror(errno))
      close(fd)
      return .failure(FileError(path: path, reason: reason))
    }
    guard (info.st_mode & S_IFMT) == S_IFREG else {
      close(fd)
      let what = (info.st_mode & S_IFMT) == S_IFDIR ? "a folder" : "not a regular file"
      return .failure(FileError(path: path, reason: "\(what): only regular files are read"))
    }
    let flags = fcntl(fd, F_GETFL)
    if flags >= 0 { _ = fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) }
    guard let file = fdopen(fd, "rb") else {
      let reason = String(cString: strerror(errno))
      close(fd)
      return .failure(FileError(path: path, reason: reason))
    }
    return .success(OpaquePointer(file))
  }

  /// Whether `path` names a regular file (after symbolic links); never opens it.
  public static func isRegular(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }
}
