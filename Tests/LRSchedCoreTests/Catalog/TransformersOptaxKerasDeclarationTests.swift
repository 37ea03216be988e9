import Testing
@testable import LRSchedCore

/// The transformers, optax and Keras descriptors declare each parameter once, and their builders
/// read every parameter they declare.
@Suite struct TransformersOptaxKerasDeclarationTests {
  static let descriptors = SchedulerCatalog.all.filter { [.transformers, .optax, .keras].contains($0.library) }

  /// A simple value (JSON text) for each required or needed argument; a descriptor requiring an
  /// argument not listed here (a structured one) is skipped.
  static let simpleValues: [String: String] = [
    "num_warmup_steps": "2", "num_training_steps": "10", "num_decay_steps": "3", "min_lr_rate": "0.1",
    "value": "0.1", "init_value": "0.1", "peak_value": "0.2", "end_value": "0.01", "power": "1",
    "decay_steps": "10", "transition_steps": "10", "warmup_steps": "2", "decay_rate": "0.5",
    "interpolate_type": "\"linear\"", "initial_learning_rate": "0.1", "first_decay_steps": "5",
  ]

  /// A default as the catalog prints it, as JSON text.
  static func json(_ defaultText: String) -> String {
    switch defaultText {
    case "None": "null"
    case "True": "true"
    case "False": "false"
    default:
      defaultText.hasPrefix("'") ? "\"" + defaultText.dropFirst().dropLast() + "\"" : defaultText
    }
  }

  /// The error of a five-step run of `descriptor` with `arguments` (JSON members), if any.
  static func error(_ descriptor: SchedulerDescriptor, _ arguments: [(String, String)]) -> SpecError? {
    let members = [#""type": "\#(descriptor.qualifiedName)""#] + arguments.map { #""\#($0.0)": \#($0.1)"# }
    let scheduler = "{" + members.joined(separator: ", ") + "}"
    let text = #"{"epochs": 5, "interval": "step", "optimizer": {"type": "SGD", "lr": 0.1}, "scheduler": \#(scheduler)}"#
    return ReferenceCase.rows(of: text).error
  }

  @Test func theThreeLibrariesHaveDescriptors() {
    for library in [Library.transformers, .optax, .keras] {
      #expect(Self.descriptors.contains { $0.library == library })
    }
  }

  @Test(arguments: descriptors.map(\.qualifiedName))
  func noParameterIsDeclaredTwice(_ name: String) throws {
    let descriptor = try #require(SchedulerCatalog.lookup(name))
    let names = descriptor.parameters.map(\.name)
    #expect(Set(names).count == names.count, "\(name) declares \(names)")
  }

  @Test(arguments: descriptors.map(\.qualifiedName))
  func everyDefaultedParameterIsRead(_ name: String) throws {
    let descriptor = try #require(SchedulerCatalog.lookup(name))
    if descriptor.parameters.contains(where: { $0.defaultValue == nil && Self.simpleValues[$0.name] == nil }) { return }
    let base = descriptor.parameters.compactMap { p in Self.simpleValues[p.name].map { (p.name, $0) } }
    let unknown = Self.error(descriptor, base + [("not_an_argument", "1")])
    #expect(unknown?.message.contains("has no argument 'not_an_argument'") == true, "\(name): \(String(describing: unknown))")
    for p in descriptor.parameters {
      guard let text = p.defaultValue else { continue }
      let error = Self.error(descriptor, base.filter { $0.0 != p.name } + [(p.name, Self.json(text))])
      #expect(error?.message.contains("has no argument") != true, "\(name).\(p.name)=\(text): \(String(describing: error))")
    }
  }
}
