import ArgumentParser

/// What `find-lr` prints.
enum RangeTestFormat: String, CaseIterable, ExpressibleByArgument {
  /// The suggestions, and a terminal chart unless `--no-chart`.
  case text
  case json
  case csv
}
