import LRSchedCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Spec paths as `check` and `lint` take them: files, or folders standing for the spec files
/// (`.json`, `.yaml`, `.yml` regular files) directly inside them, sorted by name.
public enum SpecFiles {
  /// The extensions a folder's spec files have.
  public static let extensions = [".json", ".yaml", ".yml"]

  /// `paths` with each folder replaced by its spec files; other paths (files, `-`, missing
  /// paths, which fail later with their reason) are kept as given.
  public static func expand(_ paths: [String]) throws(SpecError) -> [String] {
    var out: [String] = []
    for path in paths {
      guard path != "-", isDirectory(path) else {
        out.append(path)
        continue
      }
      let files = try specs(in: path)
      guard !files.isEmpty else {
        throw SpecError(path, "no spec files (\(extensions.joined(separator: ", "))) in this folder")
      }
      out += files
    }
    return out
  }

  public static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }

  private static func specs(in dir: String) throws(SpecError) -> [String] {
    guard let d = opendir(dir) else {
      throw SpecError(dir, String(cString: strerror(errno)))
    }
    defer { closedir(d) }
    var names: [String] = []
    while let entry = readdir(d) {
      let name = withUnsafePointer(to: entry.pointee.d_name) { p in
        p.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
      }
      guard !name.hasPrefix("."), extensions.contains(where: { name.lowercased().hasSuffix($0) }) else { continue }
      let full = dir == "." ? name : dir.hasSuffix("/") ? dir + name : dir + "/" + name
      if RegularFile.isRegular(full) { names.append(full) }
    }
    return names.sorted()
  }
}
