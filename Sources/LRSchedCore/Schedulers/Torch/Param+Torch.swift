extension Param where Value == Double {
  /// A float argument whose Python default is an `int` (`patience=10`), listed as Python writes it.
  init(_ name: String, intDefault fallback: Int, help: String, runDefault: RunDefault? = nil) {
    self.init(name, defaultText: String(fallback), help: help, runDefault: runDefault) { args, key throws(SpecError) in
      try args.double(key, default: Double(fallback))
    }
  }
}
