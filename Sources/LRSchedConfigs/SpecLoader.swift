import LRSchedCore

/// Reads a spec document from text, as JSON or YAML, converting a LightningCLI config (recognised
/// by its keys) to the spec contract.
public enum SpecLoader {
  /// Parses `text`; `name` (a path or `-`) decides the format by its extension (`.json`, `.yaml`,
  /// `.yml`), else the content does. Returns the `JSONValue` the engine uses.
  public static func parse(_ text: String, name: String) throws(SpecError) -> JSONValue {
    try load(text, name: name).json
  }

  /// Parses `text` as `parse` does, using `hints` for a LightningCLI config's steps per epoch.
  public static func load(_ text: String, name: String, hints: RunHints = RunHints()) throws(SpecError) -> LoadedSpec {
    let doc = try document(text, name: name, nonFinite: .asNumber)
    if LightningConfig.matches(doc) {
      return LoadedSpec(json: try LightningConfig.spec(from: doc, hints: hints), source: .lightning)
    }
    if doc["epochs"] == nil || doc["scheduler"] == nil {
      if doc["lr_scheduler_type"] != nil || doc["args"]?["lr_scheduler_type"] != nil {
        throw SpecError("", "this is a Hugging Face TrainingArguments JSON, not a spec: read it with --from-hf")
      }
      if doc["sched"] != nil && (doc["opt"] != nil || doc["lr_base"] != nil) {
        throw SpecError("", "this is a timm args.yaml, not a spec: read it with --from-timm")
      }
    }
    return LoadedSpec(json: doc, source: .spec)
  }

  /// The document in `text`, JSON or YAML, without conversion. With no format declared by `name`,
  /// text that starts like JSON is read as JSON, and as YAML if that fails (YAML's flow style
  /// starts the same way); the JSON error is reported when neither reads.
  static func document(_ text: String, name: String, nonFinite: YAMLReader.NonFinite) throws(SpecError) -> JSONValue {
    switch SpecFormat.declared(by: name) ?? SpecFormat.sniff(text) {
    case .yaml:
      return try YAMLReader.parse(text, nonFinite: nonFinite)
    case .json:
      do {
        return try JSONParser.parse(text)
      } catch {
        if SpecFormat.declared(by: name) == nil, let yaml = try? YAMLReader.parse(text, nonFinite: nonFinite) {
          return yaml
        }
        throw SpecError("", "not valid JSON: \(error)")
      }
    }
  }
}
