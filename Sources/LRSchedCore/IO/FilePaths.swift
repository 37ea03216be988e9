/// Path arithmetic on `/`-separated paths, as specs and commands name files.
public enum FilePaths {
  /// The folder part of `path` (`.` when it has none).
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `path` resolved against `directory` unless it is absolute.
  public static func relative(_ path: String, to directory: String) -> String {
    if path.hasPrefix("/") || directory == "." { return path }
    return directory.hasSuffix("/") ? directory + path : directory + "/" + path
  }

  /// The last component of `path`.
  public static func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
