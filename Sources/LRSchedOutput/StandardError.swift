#if canImport(Glibc)
import Glibc
#endif

/// Writes to standard error, unbuffered; failures are ignored (there is nowhere to report them).
public enum StandardError {
  public static func write(_ text: String) {
    _ = DescriptorWriter.writeAll(STDERR_FILENO, Array(text.utf8))
  }
}
