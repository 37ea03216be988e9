/// Fills the arguments a scheduler named on the command line leaves out and its run implies:
/// each parameter's declared `RunDefault`.
///
/// Only flags get these; a spec file is taken as written, so a spec that misses a required
/// argument is refused as the library would refuse it.
public enum RunDefaults {
  /// What the flags fill, for `--help`: each rule once, with the schedulers it applies to (their
  /// library's name when it applies to most of that library's).
  public static let documentation: String = {
    var rules: [String] = []
    var owners: [String: [SchedulerDescriptor]] = [:]
    for d in SchedulerCatalog.all {
      for p in d.parameters {
        guard let r = p.runDefault else { continue }
        let rule = "\(p.name)=\(r.formula)"
        if owners[rule] == nil { rules.append(rule) }
        owners[rule, default: []].append(d)
      }
    }
    let entries = rules.map { rule -> String in
      let ds = owners[rule] ?? []
      var names: [String] = []
      for library in Library.allCases {
        let mine = ds.filter { $0.library == library }
        guard !mine.isEmpty else { continue }
        let all = SchedulerCatalog.all.filter { $0.library == library }.count
        names += mine.count > 2 && mine.count * 2 >= all ? [library.rawValue] : mine.map(\.bareName)
      }
      return "\(rule) (\(names.joined(separator: ", ")))"
    }
    return "Filled from the run when a --scheduler flag leaves them out (N = the number of scheduler steps, lr = the optimizer's): "
      + entries.joined(separator: "; ") + "."
  }()

  /// `scheduler` with the run-implied arguments it lacks filled in (for a run of `rows` scheduler
  /// steps at learning rate `lr`), and the names filled.
  public static func fill(_ scheduler: JSONValue, rows: Int, lr: Double) -> (JSONValue, [String]) {
    guard case .string(let type)? = scheduler["type"], let d = SchedulerCatalog.lookup(type) else {
      return (scheduler, [])
    }
    var out = scheduler
    var filled: [String] = []
    for p in d.parameters {
      guard let rule = p.runDefault, scheduler[p.name] == nil, !p.alternatives.contains(where: { scheduler[$0] != nil })
      else { continue }
      out = out.setting(p.name, to: rule.value(rows: rows, lr: lr))
      filled.append(p.name)
    }
    return (out, filled)
  }
}
