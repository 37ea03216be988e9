/// Every scheduler lrsched knows, found by library name, namespaced name or alias.
public enum SchedulerCatalog {
  /// All descriptors, library by library.
  public static let all: [SchedulerDescriptor] =
    TorchCatalog.descriptors + TransformersCatalog.descriptors + TimmCatalog.descriptors
    + OptaxCatalog.descriptors + KerasCatalog.descriptors + DeepSpeedCatalog.descriptors

  /// Names in order of precedence: a library's own and namespaced names, then aliases, then
  /// bare names that only one library uses.
  private static let index: [String: SchedulerDescriptor] = {
    var byName: [String: SchedulerDescriptor] = [:]
    var bareCount: [String: Int] = [:]
    for d in all { bareCount[d.bareName, default: 0] += 1 }
    for d in all {
      byName[d.qualifiedName] = d
      byName[d.name] = d
    }
    for d in all {
      for a in d.aliases where byName[a] == nil { byName[a] = d }
    }
    for d in all where bareCount[d.bareName] == 1 && byName[d.bareName] == nil {
      byName[d.bareName] = d
    }
    return byName
  }()

  /// Every name that resolves, for suggestions.
  public static var names: [String] { Array(index.keys).sorted() }

  /// The descriptor for `name`, or `nil`. A name may carry its Python module
  /// (`torch.optim.lr_scheduler.StepLR`, `lr_scheduler.StepLR`, `timm.scheduler.CosineLRScheduler`).
  public static func lookup(_ name: String) -> SchedulerDescriptor? {
    if let d = index[name] ?? index[name.lowercased()] { return d }
    for library in Library.allCases {
      for module in [library.pythonModule, String(library.pythonModule.split(separator: ".").last ?? "")]
      where name.hasPrefix(module + ".") && module != library.rawValue {
        if let d = index[library.rawValue + "." + name.dropFirst(module.count + 1)] { return d }
      }
    }
    return nil
  }

  /// The descriptor for `name`, or an error at `path` with a suggestion.
  public static func descriptor(named name: String, at path: String) throws(SpecError) -> SchedulerDescriptor {
    if let d = lookup(name) { return d }
    throw SpecError(path, "unknown scheduler '\(name)'\(Suggestion.hint(for: name, in: index.keys)); `lrsched list` shows them all")
  }

  /// The scheduler `library`'s training configs call `name` (timm's `sched: cosine`, the
  /// Trainer's `lr_scheduler_type: linear`), or `nil`.
  public static func configured(_ library: Library, _ name: String) -> SchedulerDescriptor? {
    all.first { $0.library == library && $0.configNames.contains(name) }
  }

  /// Every name `library`'s training configs use, in catalog order.
  public static func configNames(_ library: Library) -> [String] {
    all.filter { $0.library == library }.flatMap(\.configNames)
  }
}
