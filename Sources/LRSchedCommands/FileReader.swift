import LRSchedCore

/// Reads whole files with a size limit, reporting failures as invalid input.
enum FileReader {
  /// The file's text (UTF-8), or a `Failure` naming the file and the reason.
  static func readText(_ path: String, limit: Int) throws -> String {
    try Failure.mapping { try FileByteSource.readText(path, limit: limit) }
  }
}
