/// Where a spec came from: written as a spec, or converted from a training framework's config.
public enum ConfigSource: String, Sendable, Equatable {
  /// A spec document (JSON or YAML) in lrsched's own contract.
  case spec
  /// A LightningCLI config (`optimizer:` / `lr_scheduler:` with `class_path`, `trainer:`).
  case lightning
  /// A Hugging Face `TrainingArguments` JSON.
  case huggingFace
  /// A timm `train.py` `args.yaml`.
  case timm
}
