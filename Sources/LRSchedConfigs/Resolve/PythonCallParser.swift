import LRSchedCore
import PyExpression

/// Reads a scheduler constructor call pasted from Python code, such as
/// `OneCycleLR(optimizer, max_lr=0.1, total_steps=1000)` or
/// `SequentialLR(optimizer, schedulers=[LinearLR(optimizer, start_factor=0.1), CosineAnnealingLR(optimizer, T_max=90)], milestones=[10])`,
/// into a spec's scheduler object, and `--param` values written as Python.
///
/// ``PyCallParser`` reads the Python; this adapter names the scheduler (dotted names such as
/// `torch.optim.lr_scheduler.StepLR` resolve to the catalog's), drops the optimizer (a bare
/// variable, positional or `optimizer=`), gives other positional arguments the parameters'
/// documented order and converts values to JSON, lambdas as their source text. Errors name the
/// flag and argument, such as `--scheduler.schedulers[0]`. Nothing is executed.
public enum PythonCallParser {
  /// Whether `text` looks like a call rather than a scheduler name.
  public static func isCall(_ text: String) -> Bool { text.contains("(") }

  /// The scheduler object for a call.
  public static func parse(_ text: String, path: String = "--scheduler") throws(SpecError) -> JSONValue {
    let call: PyCall
    do {
      call = try PyCallParser.parseCall(text)
    } catch {
      throw SpecError(path + error.path, error.description)
    }
    return try scheduler(call, path: path)
  }

  /// A `--param` value written as a Python literal or constant expression (`True`, `1/3`,
  /// `'triangular2'`, `[30, 60]`), or `nil` when the text is none, such as a bare word.
  public static func value(_ text: String) -> JSONValue? {
    guard let literal = try? PyCallParser.parseValue(text) else { return nil }
    if case .name = literal { return nil }
    return try? json(literal, path: "")
  }

  private static func resolveName(_ dotted: String) -> String {
    if SchedulerCatalog.lookup(dotted) != nil { return dotted }
    let parts = dotted.split(separator: ".").map(String.init)
    if let last = parts.last, let first = parts.first, parts.count > 2,
      SchedulerCatalog.lookup("\(first).\(last)") != nil
    {
      return "\(first).\(last)"
    }
    return parts.last ?? dotted
  }

  private static func isVariable(_ literal: PyLiteral?) -> Bool {
    if case .name? = literal { return true }
    return false
  }

  private static func scheduler(_ call: PyCall, path: String) throws(SpecError) -> JSONValue {
    let type = resolveName(call.name)
    var members: [(key: String, value: JSONValue)] = [("type", .string(type))]
    for (name, value) in call.keywords where !(name == "optimizer" && isVariable(value)) {
      members.append((name, try json(value, path: path + "." + name)))
    }
    var positional = call.positional
    if call["optimizer"] == nil, isVariable(positional.first) { positional.removeFirst() }
    guard !positional.isEmpty else { return .object(members) }
    guard let descriptor = SchedulerCatalog.lookup(type) else {
      throw SpecError(path, "unknown scheduler '\(type)'\(Suggestion.hint(for: type, in: SchedulerCatalog.names))")
    }
    let names = descriptor.parameters.map(\.name)
    guard positional.count <= names.count else {
      throw SpecError(path, "\(type) takes at most \(names.count) positional arguments after the optimizer, got \(positional.count)")
    }
    for (name, value) in zip(names, positional) {
      if call[name] != nil { throw SpecError(path, "TypeError: \(type)() got multiple values for argument '\(name)'") }
      members.append((name, try json(value, path: path)))
    }
    return .object(members)
  }

  private static func json(_ literal: PyLiteral, path: String) throws(SpecError) -> JSONValue {
    switch literal {
    case .int(let number): return .number(JSONNumber(number))
    case .float(let number): return .number(JSONNumber(number))
    case .bool(let flag): return .bool(flag)
    case .none: return .null
    case .string(let text), .source(let text): return .string(text)
    case .list(let items), .tuple(let items):
      var values: [JSONValue] = []
      for (i, item) in items.enumerated() { values.append(try json(item, path: "\(path)[\(i)]")) }
      return .array(values)
    case .dict(let members):
      var object: [(key: String, value: JSONValue)] = []
      for (key, value) in members {
        let name: String
        switch key {
        case .string(let text): name = text
        case .int(let number): name = JSONNumber(number).literal
        case .float(let number): name = JSONNumber(number).literal
        default: throw SpecError(path, "dict keys must be strings or numbers")
        }
        object.append((name, try json(value, path: path + "." + name)))
      }
      return .object(object)
    case .call(let call): return try scheduler(call, path: path)
    case .name(let name): throw SpecError(path, "unknown name '\(name)': only the optimizer may be a variable")
    }
  }
}
