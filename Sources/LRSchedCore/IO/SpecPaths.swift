import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// Where a file named inside a spec (`expect[].golden`, `train.data`) may be: inside the spec's
/// folder, unless the process allows paths outside it (`--allow-outside-paths`).
///
/// Contained means: not absolute, no `..` climbing above the folder, and, once symbolic links
/// are resolved (`realpath`), still inside the folder's own real path. A spec from a pull request
/// then cannot read `/proc/self/environ`, `~/.ssh` or `../../secrets.csv`.
public enum SpecPaths {
  private static let outsideAllowed = Atomic<Bool>(false)

  /// Whether spec paths may leave their spec's folder; `false` until `allowOutside()` is called.
  public static var allowsOutside: Bool { outsideAllowed.load(ordering: .relaxed) }

  /// Lets every later spec path name any file (the command line's `--allow-outside-paths`).
  public static func allowOutside() {
    outsideAllowed.store(true, ordering: .relaxed)
  }

  /// `path` from the spec field `field` resolved against `directory` (the spec's folder, `.` for
  /// standard input); throws a `SpecError` at `field` when it leaves it. A `nil` directory means
  /// the path comes from the command line (no spec file), which may name any file.
  public static func resolve(_ path: String, in directory: String?, field: String) throws(SpecError) -> String {
    guard let directory else { return path }
    let base = directory.isEmpty ? "." : directory
    let joined = FilePaths.relative(path, to: base)
    if allowsOutside { return joined }
    let hint = "; paths in a spec stay inside its folder (pass --allow-outside-paths to allow others)"
    guard !path.hasPrefix("/") else {
      throw SpecError(field, "'\(DisplayText.excerpt(path))' is an absolute path\(hint)")
    }
    var depth = 0
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
      if component == ".." {
        depth -= 1
        if depth < 0 { throw SpecError(field, "'\(DisplayText.excerpt(path))' leaves the spec's folder\(hint)") }
      } else if component != "." {
        depth += 1
      }
    }
    guard let realBase = realPath(base) else {
      throw SpecError(field, "cannot resolve the spec's folder '\(DisplayText.excerpt(base))'")
    }
    if let realFile = realPath(joined) {
      let inside = realBase == "/" ? realFile.hasPrefix("/") : realFile.hasPrefix(realBase + "/")
      guard inside else {
        throw SpecError(field, "'\(DisplayText.excerpt(path))' leads outside the spec's folder through a symbolic link\(hint)")
      }
    }
    return joined
  }

  private static func realPath(_ path: String) -> String? {
    guard let p = realpath(path, nil) else { return nil }
    defer { free(p) }
    return String(cString: p)
  }
}
