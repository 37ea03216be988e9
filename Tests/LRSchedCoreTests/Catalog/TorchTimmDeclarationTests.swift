import Testing

@testable import LRSchedCore

/// The torch and timm descriptors read every parameter they declare, and declare each name once.
struct TorchTimmDeclarationTests {
  static let descriptors = TorchCatalog.descriptors + TimmCatalog.descriptors

  /// Required arguments that no run default fills.
  static let required: [String: String] = [
    "LambdaLR": #"{"lr_lambda": "1.0"}"#,
    "MultiplicativeLR": #"{"lr_lambda": "1.0"}"#,
    "SequentialLR": #"{"schedulers": [{"type": "ConstantLR"}, {"type": "ConstantLR"}], "milestones": [5]}"#,
    "ChainedScheduler": #"{"schedulers": [{"type": "ConstantLR"}]}"#,
    "StepLRScheduler": #"{"decay_t": 10}"#,
    "MultiStepLRScheduler": #"{"decay_t": [10]}"#,
    "WSDLRScheduler": #"{"decay_t": 10}"#,
  ]

  /// A listed default as a spec value: its own value where it is a literal JSON can hold, else `null`.
  static func value(_ text: String) -> JSONValue {
    switch text {
    case "None": return .null
    case "True": return .bool(true)
    case "False": return .bool(false)
    default:
      if text.count >= 2, text.hasPrefix("'"), text.hasSuffix("'") { return .string(String(text.dropFirst().dropLast())) }
      return (try? JSONParser.parse(text)) ?? .null
    }
  }

  @Test(arguments: descriptors.map(\.name))
  func everyDeclaredParameterIsRead(_ name: String) throws {
    let d = try #require(Self.descriptors.first { $0.name == name })
    var scheduler = try JSONParser.parse(Self.required[name] ?? "{}").setting("type", to: .string(name))
    scheduler = RunDefaults.fill(scheduler, rows: 100, lr: 0.1).0
    for p in d.parameters where scheduler[p.name] == nil {
      guard let text = p.defaultValue else { continue }
      scheduler = scheduler.setting(p.name, to: Self.value(text))
    }
    let optimizer = try OptimizerSpec(JSONParser.parse(#"{"type": "SGD", "lr": 0.1, "momentum": 0.9}"#)).makeOptimizer()
    let context = BuildContext(optimizer: optimizer, run: RunShape(epochs: 100, stepsPerEpoch: 1, interval: .epoch))
    do {
      _ = try context.build(scheduler, path: "scheduler")
    } catch {
      Issue.record("\(name): \(error.path): \(error.message)")
    }
  }

  @Test(arguments: descriptors.map(\.name))
  func namesAreDeclaredOnce(_ name: String) throws {
    let d = try #require(Self.descriptors.first { $0.name == name })
    let names = d.parameters.map(\.name)
    #expect(Set(names).count == names.count, "\(name) declares \(names)")
  }
}
