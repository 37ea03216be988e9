import LRSchedConfigs
import LRSchedCore

/// Reads the config files of `--from-hf` and `--from-timm` into specs; a failure names the flag
/// and the file (`--from-hf training_args.json: lr_scheduler_type: unknown 'cosin' ...`).
enum ConfigFileReader {
  /// How errors name the file: `--from-hf training_args.json`.
  static func label(_ path: String, kind: ConfigSource) -> String {
    (kind == .huggingFace ? "--from-hf " : "--from-timm ") + path
  }

  /// The spec the framework's run of the config at `path` amounts to.
  static func spec(_ path: String, kind: ConfigSource, hints: RunHints) throws -> JSONValue {
    let label = label(path, kind: kind)
    let text = try FileReader.readText(path, limit: 64 << 20)
    if kind == .huggingFace && (path.hasSuffix(".bin") || text.hasPrefix("\u{FFFD}")) {
      throw Failure(
        .invalidInput,
        "\(label): a pickled TrainingArguments (training_args.bin); write it as JSON first: python3 -c \"import torch; print(torch.load('\(path)', weights_only=False).to_json_string())\" > training_args.json")
    }
    do {
      switch kind {
      case .huggingFace: return try HuggingFaceTrainer.run(text: text, name: path, hints: hints).spec
      default: return try TimmTrainConfig.run(text: text, name: path, hints: hints).spec
      }
    } catch {
      throw Failure(error, source: label)
    }
  }
}
