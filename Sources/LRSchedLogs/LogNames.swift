import Foundation

/// The names loggers give learning rates, steps and epochs, and what they say about the logger.
public enum LogNames {
  /// The step columns, most specific first.
  public static let stepColumns = ["trainer/global_step", "train/global_step", "global_step", "step", "Step", "_step"]
  /// The epoch columns, most specific first.
  public static let epochColumns = ["epoch", "train/epoch", "Epoch"]

  /// Whether `name` is a learning rate: `lr`, `learning_rate`, `lr-<Optimizer>`,
  /// `lr-<Optimizer>/pg<N>`, `lr_<group>`, `lr/<group>`, under any `train/`-like prefix or a W&B
  /// chart export's `<run> - ` (not its `__MIN` / `__MAX` columns).
  public static func isLearningRate(_ name: String) -> Bool {
    if name.hasSuffix("__MIN") || name.hasSuffix("__MAX") { return false }
    let base = unprefixed(name).lowercased()
    return base == "lr" || base == "learning_rate" || base.hasPrefix("lr-") || base.hasPrefix("lr_")
      || base.hasPrefix("lr/") || base.hasPrefix("learning_rate/") || base.hasPrefix("learning_rate_")
  }

  /// The series a learning-rate name designates, with its logger's convention.
  public static func series(_ name: String, format: LogFormat, columns: [String]) -> LogSeries {
    let base = unprefixed(name)
    let lower = base.lowercased()
    let convention: LogConvention
    if format == .trainerState || base == "learning_rate" && name.hasSuffix("train/learning_rate") && (format == .tfevents || columns.contains("train/global_step")) {
      convention = .trainer
    } else if lower.hasPrefix("lr-") {
      convention = .lightning
    } else {
      convention = .loop
    }
    var group: LogSeries.GroupReference?
    if lower.hasPrefix("lr-"), let slash = base.lastIndex(of: "/") {
      let tail = base[base.index(after: slash)...]
      if tail.hasPrefix("pg"), let n = Int(tail.dropFirst(2)), n >= 1 { group = .index(n - 1) } else { group = .name(String(tail)) }
    } else if lower.hasPrefix("lr_") || lower.hasPrefix("lr/") {
      group = .name(String(base.dropFirst(3)))
    } else if lower.hasPrefix("learning_rate/") || lower.hasPrefix("learning_rate_") {
      group = .name(String(base.dropFirst(14)))
    }
    return LogSeries(name: name, group: group, convention: convention)
  }

  /// `name` without a W&B chart export's `<run> - ` and a leading `train/` or `trainer/`.
  static func unprefixed(_ name: String) -> Substring {
    var base = name[...]
    if let dash = base.range(of: " - ", options: .backwards) { base = base[dash.upperBound...] }
    for prefix in ["train/", "trainer/"] where base.hasPrefix(prefix) { return base.dropFirst(prefix.count) }
    return base
  }
}
