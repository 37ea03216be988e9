import LRSchedConfigs
import LRSchedCore

/// The schedules a multi-spec command (`check`, `lint`) runs: one per spec file (folders
/// expanded), or one per `--scheduler` without files, each with the shared flags applied.
enum SpecTargets {
  /// One schedule to run.
  struct Target {
    /// How reports name it: the path, `standard input`, or `--scheduler NAME`.
    let name: String
    /// The folder relative paths inside the spec (golden files) start from.
    let directory: String
    /// The options with only this schedule selected.
    let options: ScheduleOptions
  }

  /// The targets for `options` plus positional `paths`.
  static func resolve(_ options: ScheduleOptions, paths: [String]) throws -> [Target] {
    let files = try SpecFiles.expand(options.spec + paths)
    if let config = options.configFile {
      guard files.isEmpty else {
        throw Failure(.invalidInput, "give either spec files or a training config (--from-hf, --from-timm), not both")
      }
      return [Target(name: config, directory: FilePaths.directory(of: config), options: options)]
    }
    if files.isEmpty {
      guard !options.scheduler.isEmpty else {
        throw Failure(.invalidInput, "no schedule given: pass spec files or folders, --spec FILE or --scheduler NAME")
      }
      return options.scheduler.map { s in
        var o = options
        o.scheduler = [s]
        return Target(name: "--scheduler \(s)", directory: ".", options: o)
      }
    }
    guard options.scheduler.count <= 1 else {
      throw Failure(.invalidInput, "with spec files, give at most one --scheduler (it replaces each spec's scheduler)")
    }
    return files.map { f in
      var o = options
      o.spec = [f]
      return Target(name: f == "-" ? "standard input" : f, directory: f == "-" ? "." : FilePaths.directory(of: f), options: o)
    }
  }

  /// One line for an error while reading or running `source`.
  static func describe(_ error: any Error, source: String) -> String {
    if let f = error as? Failure { return f.message }
    if let e = error as? SpecError { return e.path.hasPrefix(source) ? e.description : "\(source): \(e)" }
    return "\(source): \(error)"
  }
}
