import LRSchedCore
import Yams

/// Reads a YAML document into the `JSONValue` the engine uses, as the equivalent JSON would read.
///
/// Plain scalars resolve through `YAMLScalar`; quoted and block scalars are strings; the standard
/// tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`, `!!map`, PyYAML's
/// `!!python/tuple`) are honoured and any other tag is refused. Anchors and aliases resolve, `<<`
/// merge keys merge (keys written in the mapping win), keys become strings. Errors carry the
/// 1-based line and column. Nesting and alias expansion (in values and in bytes, see
/// `YAMLExpansionBudget`) are bounded so no document exhausts memory, and merges take time linear
/// in the members merged.
enum YAMLReader {
  /// The deepest nesting accepted, as for JSON.
  static let maximumDepth = 128

  /// What `.inf` and `.nan` become: refused (specs, which must have a JSON equivalent) or kept as
  /// their text (configs, where only the keys lrsched reads are checked).
  /// What `.nan`, `.inf` and `-.inf` become: refused, kept as their text (configs whose readers
  /// check them), or numbers as Python's `yaml.safe_load` gives them (specs, like JSON's `NaN`).
  enum NonFinite { case reject, asString, asNumber }

  /// Parses the single document in `text`.
  static func parse(_ text: String, nonFinite: NonFinite = .reject) throws(SpecError) -> JSONValue {
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw SpecError("", "not valid YAML: \(describe(error))")
    } catch {
      throw SpecError("", "not valid YAML: \(error)")
    }
    guard let root else { throw SpecError("", "not valid YAML: the document is empty") }
    var budget = YAMLExpansionBudget()
    return try convert(root, depth: 0, budget: &budget, nonFinite: nonFinite)
  }

  private static func position(_ mark: Mark?) -> String {
    guard let mark else { return "" }
    return "line \(mark.line), column \(mark.column): "
  }

  private static func describe(_ error: YamlError) -> String {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let while_ = context.map { " (\($0.text))" } ?? ""
      return "\(position(mark))\(problem)\(while_)"
    case .reader(let problem, let offset, _, _):
      return "\(problem)\(offset.map { " at byte \($0)" } ?? "")"
    case .duplicatedKeysInMapping(let duplicates, let context):
      return "\(position(context.mark))the mapping repeats the key\(duplicates.count > 1 ? "s" : "") \(duplicates.map { "'\($0)'" }.joined(separator: ", "))"
    default:
      return "\(error)"
    }
  }

  private static let core = "tag:yaml.org,2002:"

  private static func convert(
    _ node: Node, depth: Int, budget: inout YAMLExpansionBudget, nonFinite: NonFinite
  ) throws(SpecError) -> JSONValue {
    try spend(&budget, byteCount: node.scalar?.string.utf8.count ?? 0, at: node.mark)
    guard depth <= maximumDepth else {
      throw SpecError("", "not valid YAML: \(position(node.mark))nested more than \(maximumDepth) levels deep")
    }
    switch node {
    case .scalar(let scalar):
      return try convert(scalar, nonFinite: nonFinite)
    case .sequence(let sequence):
      let tag = sequence.tag.description
      guard tag.isEmpty || tag == "!" || tag == core + "seq" || tag == core + "python/tuple" else {
        throw SpecError("", "not valid YAML: \(position(sequence.mark))unsupported tag \(tag) on a sequence")
      }
      var items: [JSONValue] = []
      items.reserveCapacity(sequence.count)
      for item in sequence {
        items.append(try convert(item, depth: depth + 1, budget: &budget, nonFinite: nonFinite))
      }
      return .array(items)
    case .mapping(let mapping):
      let tag = mapping.tag.description
      guard tag.isEmpty || tag == "!" || tag == core + "map" else {
        throw SpecError("", "not valid YAML: \(position(mapping.mark))unsupported tag \(tag) on a mapping")
      }
      var explicit: [(key: String, value: JSONValue)] = []
      var merged: [(key: String, value: JSONValue)] = []
      for (keyNode, valueNode) in mapping {
        guard case .scalar(let keyScalar) = keyNode else {
          throw SpecError("", "not valid YAML: \(position(keyNode.mark))a mapping key must be a scalar")
        }
        try spend(&budget, byteCount: keyScalar.string.utf8.count, at: keyScalar.mark)
        let value = try convert(valueNode, depth: depth + 1, budget: &budget, nonFinite: nonFinite)
        if keyScalar.string == "<<" && keyScalar.style == .plain {
          merged += try mergeMembers(value, at: keyScalar.mark)
        } else {
          explicit.append((keyScalar.string, value))
        }
      }
      if merged.isEmpty { return .object(explicit) }
      var seen = Set(explicit.map(\.key))
      var members: [(key: String, value: JSONValue)] = []
      for m in merged where seen.insert(m.key).inserted {
        members.append(m)
      }
      return .object(members + explicit)
    case .alias(let alias):
      throw SpecError("", "not valid YAML: \(position(alias.mark))unresolved alias *\(alias.anchor.rawValue)")
    }
  }

  private static func mergeMembers(_ value: JSONValue, at mark: Mark?) throws(SpecError) -> [(key: String, value: JSONValue)] {
    switch value {
    case .object(let members): return members
    case .array(let items):
      var out: [(key: String, value: JSONValue)] = []
      var seen: Set<String> = []
      for item in items {
        guard case .object(let members) = item else {
          throw SpecError("", "not valid YAML: \(position(mark))a << merge takes a mapping or a list of mappings")
        }
        for m in members where seen.insert(m.key).inserted {
          out.append(m)
        }
      }
      return out
    default:
      throw SpecError("", "not valid YAML: \(position(mark))a << merge takes a mapping or a list of mappings")
    }
  }

  private static func spend(_ budget: inout YAMLExpansionBudget, byteCount: Int, at mark: Mark?) throws(SpecError) {
    if let exceeded = budget.spend(byteCount: byteCount) {
      throw SpecError("", "not valid YAML: \(position(mark))\(exceeded)")
    }
  }

  private static func convert(_ scalar: Node.Scalar, nonFinite: NonFinite) throws(SpecError) -> JSONValue {
    let tag = scalar.tag.description
    let text = scalar.string
    func fail(_ message: String) -> SpecError {
      SpecError("", "not valid YAML: \(position(scalar.mark))\(message)")
    }
    let resolved: YAMLScalar
    switch tag {
    case "":
      resolved = scalar.style == .plain ? YAMLScalar.resolve(plain: text) : .string(text)
    case "!", core + "str":
      resolved = .string(text)
    case core + "null":
      guard case .null = YAMLScalar.resolve(plain: text) else { throw fail("'\(text)' is not a null") }
      resolved = .null
    case core + "bool":
      guard case .bool(let b) = YAMLScalar.resolve(plain: text) else { throw fail("'\(text)' is not a boolean") }
      resolved = .bool(b)
    case core + "int":
      guard let n = YAMLScalar.integer(text) else { throw fail("'\(text)' is not an integer") }
      resolved = .number(n)
    case core + "float":
      switch YAMLScalar.resolve(plain: text) {
      case .number(let n):
        resolved = .number(n.isInteger ? (JSONNumber(literal: n.literal + ".0") ?? n) : n)
      case .nonFinite(let s):
        resolved = .nonFinite(s)
      default:
        throw fail("'\(text)' is not a float")
      }
    default:
      throw fail("unsupported tag \(tag)")
    }
    switch resolved {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .number(let n): return .number(n)
    case .string(let s): return .string(s)
    case .nonFinite(let s):
      switch nonFinite {
      case .asString: return .string(s)
      case .asNumber:
        let lower = s.lowercased()
        let value = lower.contains("nan") ? Double.nan : lower.hasPrefix("-") ? -Double.infinity : Double.infinity
        return .number(JSONNumber(value))
      case .reject: break
      }
      throw fail("\(s) has no JSON equivalent; a spec's numbers must be finite")
    }
  }
}
