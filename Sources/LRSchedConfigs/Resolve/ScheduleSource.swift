/// Where a schedule's spec comes from, before flags are applied.
public enum ScheduleSource: Sendable, Equatable {
  /// Flags alone: lrsched's defaults (SGD at lr 0.1, 100 epochs) under them.
  case flags
  /// A spec file in JSON or YAML (a LightningCLI config too), or `-` for standard input.
  case spec(String)
  /// A Hugging Face `TrainingArguments` JSON (`--from-hf`).
  case huggingFace(String)
  /// A timm `args.yaml` (`--from-timm`).
  case timm(String)
  /// A DeepSpeed `ds_config.json` (`--from-deepspeed`).
  case deepSpeed(String)

  /// How messages name the source: the file, `standard input`, `--from-hf FILE`; `nil` for flags.
  public var label: String? {
    switch self {
    case .flags: nil
    case .spec(let path): path == "-" ? "standard input" : path
    case .huggingFace(let path): "--from-hf " + path
    case .timm(let path): "--from-timm " + path
    case .deepSpeed(let path): "--from-deepspeed " + path
    }
  }

  /// The file, if the source is one.
  public var path: String? {
    switch self {
    case .flags: nil
    case .spec(let path), .huggingFace(let path), .timm(let path), .deepSpeed(let path): path
    }
  }

  /// The folder paths inside the spec are relative to (and kept inside): the working directory
  /// for standard input, `nil` for flags.
  public var baseDirectory: String? {
    guard let f = path else { return nil }
    if f == "-" { return "." }
    guard let slash = f.lastIndex(of: "/") else { return "." }
    return slash == f.startIndex ? "/" : String(f[..<slash])
  }
}
