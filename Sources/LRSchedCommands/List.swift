import ArgumentParser
import LRSchedCore
import LRSchedOutput

extension LRSched {
  /// `lrsched list`: every scheduler, or one explained.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List every scheduler with its parameters, or explain one.",
      discussion: """
        Examples:
          lrsched list
          lrsched list \(TorchExamples.perBatchName)
          lrsched list warmup-cosine
        """)

    @Argument(help: "A scheduler name or alias to explain.")
    var name: String?

    @Option(help: ArgumentHelp("Only this library.", valueName: "library"))
    var library: Library?

    func run() throws {
      if let name {
        guard let d = SchedulerCatalog.lookup(name) else {
          throw Failure(.invalidInput, "unknown scheduler '\(name)'\(Suggestion.hint(for: name, in: SchedulerCatalog.names))")
        }
        try OutputSink.printToStandardOutput(Self.explain(d) + "\n")
        return
      }
      var out = ""
      for lib in Library.allCases where library == nil || library == lib {
        let ds = SchedulerCatalog.all.filter { $0.library == lib }
        guard !ds.isEmpty else { continue }
        out += "\(lib.rawValue)\n"
        for d in ds {
          let aliases = d.aliases.isEmpty ? "" : " (\(d.aliases.joined(separator: ", ")))"
          out += "  \(d.bareName)\(aliases)\n      \(d.summary)\n"
          let params = d.parameters.map { p in p.defaultValue.map { "\(p.name)=\($0)" } ?? p.name }
          if !params.isEmpty { out += "      " + params.joined(separator: ", ") + "\n" }
        }
        out += "\n"
      }
      out += "`lrsched list NAME` explains one. Spec type names: the library's own, or namespaced (\(TorchExamples.namespacedName), optax.…).\n"
      try OutputSink.printToStandardOutput(out)
    }

    static func explain(_ d: SchedulerDescriptor) -> String {
      var out = "\(d.qualifiedName)"
      if !d.aliases.isEmpty { out += "  (aliases: \(d.aliases.joined(separator: ", ")))" }
      out += "\n\n\(d.summary)\n\n\(d.details)\n\nParameters:\n"
      let width = (d.parameters.map(\.name.count).max() ?? 0) + 2
      for p in d.parameters {
        let pad = String(repeating: " ", count: max(1, width - p.name.count))
        let def = p.defaultValue.map { "default \($0)" } ?? "required"
        let run = p.runDefault.map { "; from flags: \($0.formula)" } ?? ""
        out += "  \(p.name)\(pad)\(p.help) (\(def)\(run))\n"
      }
      if d.parameters.isEmpty { out += "  (none)\n" }
      return out
    }
  }
}
