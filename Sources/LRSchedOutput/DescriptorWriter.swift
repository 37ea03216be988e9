#if canImport(Glibc)
import Glibc
#endif

/// Writes whole buffers to a file descriptor, retrying short writes and interrupted calls.
public enum DescriptorWriter {
  /// Writes all of `bytes` to `fd`; returns `nil`, or the `errno` of the write that failed.
  public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
    bytes.withUnsafeBytes { writeAll(fd, $0) }
  }

  /// Writes all of `bytes` to `fd`; returns `nil`, or the `errno` of the write that failed.
  public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    guard let base = bytes.baseAddress else { return nil }
    var offset = 0
    while offset < bytes.count {
      let n = write(fd, base + offset, bytes.count - offset)
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if n == 0 { return EIO }
      offset += n
    }
    return nil
  }
}
